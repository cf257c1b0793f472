/**
 * A search term as a literal inside a LIKE/ILIKE pattern: `%`, `_` and the escape character `\`
 * (PostgreSQL's default ESCAPE) are escaped, so `?q=%` looks for a per cent sign instead of matching everything.
 */
export function likeLiteral(term: string): string;
export function likeLiteral(term: string | null | undefined): string | null;
export function likeLiteral(term: string | null | undefined): string | null {
  return term === null || term === undefined ? null : term.replace(/[\\%_]/g, '\\$&');
}
