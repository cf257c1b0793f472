/**
 * The national IDs an import has taken so far, with the row each came from: an open-addressing
 * hash table on typed arrays (13 digits fit a double exactly), so a million IDs cost ~24 MB
 * outside the garbage-collected heap instead of a Map of strings several times that.
 */
export class NationalIdSet {
  private keys = new Float64Array(1 << 16);
  private rows = new Int32Array(1 << 16);
  private size = 0;

  /** The row that first had this ID, or 0 after recording it as first seen at `row` (rows start at 2). */
  firstRowOf(nationalId: string, row: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    return this.put(Number(nationalId), row);
  }

  private put(key: number, row: number): number {
    const mask = this.keys.length - 1;
    for (let i = this.slot(key, mask); ; i = (i + 1) & mask) {
      if (this.rows[i] === 0) {
        this.keys[i] = key;
        this.rows[i] = row;
        this.size += 1;
        return 0;
      }
      if (this.keys[i] === key) return this.rows[i]!;
    }
  }

  private slot(key: number, mask: number): number {
    // Mix high and low parts of the 13-digit number (Math.imul keeps it in 32 bits).
    const low = key % 4294967296;
    const high = Math.floor(key / 4294967296);
    return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0) & mask;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i += 1) {
      if (rows[i] !== 0) this.put(keys[i]!, rows[i]!);
    }
  }
}
