import type ExcelJS from 'exceljs';

/** A cell of an exported table: text, a number (money in baht, counts), or blank. */
export type SheetValue = string | number | null;

/**
 * Text a spreadsheet would read as a formula (or as the start of one): `=`, `+`, `-`, `@`, and a
 * leading tab or carriage return (OWASP "CSV injection"). Numbers are never matched: a genuine
 * negative number is written as a number and stays one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made inert for a CSV: a leading single quote, which spreadsheets show as text, per OWASP. */
export function inertCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(value: SheetValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : inertCsvText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV in UTF-8 with a BOM (so Excel reads Thai), every text cell made inert. */
export function toCsv(rows: SheetValue[][]): Buffer {
  return Buffer.from('\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n', 'utf8');
}

/**
 * Adds a row to a worksheet with every text cell written as a plain string (a shared string,
 * never a formula cell, whatever it starts with) and numbers as numbers. ExcelJS turns only
 * `{ formula }` objects into formulas; setting each cell's value explicitly keeps it that way even
 * if a caller passes something else by mistake.
 */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: SheetValue[]): ExcelJS.Row {
  const row = sheet.addRow([]);
  values.forEach((value, i) => {
    row.getCell(i + 1).value = value === null ? null : typeof value === 'number' ? value : String(value);
  });
  return row;
}
