/** PostgreSQL NUMERIC arrives as a string; JSON carries baht as a number with at most two decimals. */
export const baht = (numeric: string | number | null | undefined): number => (numeric === null || numeric === undefined ? 0 : Math.round(Number(numeric) * 100) / 100);
