/** The columns an import reads: how headings name them, which are required, how cells decode. */
export interface ImportColumns<C extends string> {
  /** Heading → column, or null for a heading we do not know (ignored). */
  columnOf(heading: string): C | null;
  required: readonly C[];
  /** The Thai heading a "missing column" message names. */
  thaiHeading(column: C): string;
  /** Spreadsheet text → value (Thai labels become codes; unknown values pass through to be rejected). */
  decode(column: C, value: string): string;
}

export const norm = (s: string): string => s.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Thai label, English label or code → code. */
export const codeByThaiLabel = <T extends string>(labels: Record<T, { th: string; en: string }>): Map<string, T> =>
  new Map(
    (Object.entries(labels) as [T, { th: string; en: string }][]).flatMap(([code, l]) => [
      [norm(l.th), code],
      [norm(l.en), code],
      [code.toLowerCase(), code],
    ]),
  );

/** Columns named by their field names or by the Thai headings staff use, with coded columns decoded from labels. */
export function importColumns<C extends string>(
  columns: readonly C[],
  thaiHeadings: Record<C, string[]>,
  required: readonly C[],
  coded: Partial<Record<C, Map<string, string>>>,
): ImportColumns<C> {
  return {
    columnOf: (heading) => {
      const h = norm(heading);
      return columns.find((c) => c.toLowerCase() === h || thaiHeadings[c].some((t) => norm(t) === h)) ?? null;
    },
    required,
    thaiHeading: (column) => thaiHeadings[column][0] ?? column,
    decode: (column, value) => coded[column]?.get(norm(value)) ?? value,
  };
}
