/**
 * Values computed from an LAO's data, each kept with the LAO data version it was computed at
 * (lao_data_version, moved by every writing transaction — decision 0015): while the version stands
 * still, so does the value. Per API process, bounded, least recently used out first.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: T }>();

  constructor(private readonly capacity = 200) {}

  get(key: string, version: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return undefined;
    // Most recently used goes to the end, so the oldest are dropped first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
