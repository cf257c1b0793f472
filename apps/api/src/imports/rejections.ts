import { MAX_LISTED_REJECTIONS, type ImportRejection } from '@elderwork/contracts';

/**
 * Rejected rows of an import: all counted, the first listed (MAX_LISTED_REJECTIONS entries, whole
 * rows only), so an answer stays small whatever the file — a file of a million bad rows is a count
 * and a thousand lines, not a body of hundreds of megabytes.
 */
export class Rejections {
  rows = 0;
  private readonly entries: ImportRejection[] = [];
  private full = false;

  constructor(private readonly max = MAX_LISTED_REJECTIONS) {}

  /** One rejected row, with one entry per wrong field. */
  add(entries: ImportRejection[]): void {
    this.rows += 1;
    if (this.full) return;
    if (this.entries.length + entries.length > this.max) {
      this.full = true;
      return;
    }
    this.entries.push(...entries);
  }

  get listed(): ImportRejection[] {
    return this.entries;
  }

  /** Some rejected rows are counted but not listed. */
  get truncated(): boolean {
    return this.full;
  }
}
