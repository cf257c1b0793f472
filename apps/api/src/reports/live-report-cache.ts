import type { YearlyReport } from '@elderwork/contracts';

/**
 * Live reports as last computed, each with the LAO data version it was computed at: while the
 * LAO's data version stands still, the figures do too. Per API process, bounded, oldest out first.
 */
export class LiveReportCache {
  private readonly entries = new Map<string, { version: string; report: YearlyReport }>();

  constructor(private readonly capacity = 200) {}

  get(key: string, version: string): YearlyReport | null {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return null;
    // Most recently used goes to the end, so the oldest are dropped first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.report;
  }

  set(key: string, version: string, report: YearlyReport): void {
    this.entries.delete(key);
    this.entries.set(key, { version, report });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
