import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IncomeRowDto, renderRule, type IncomeRecordView, type IncomeSource, type RowError, type SalesChannel } from '@elderwork/contracts';
import { bahtToSatang, formatBaht } from '@elderwork/thai';
import type { IncomeMonthPut } from '../../api/endpoints';

/** One line of the month grid as typed: the amount stays text until the server has accepted it. */
export interface GridRow {
  /** Stable React key (rows can be removed in the middle). */
  key: string;
  residentId: string | null;
  /** The elder's name once chosen, else what is typed to search. */
  elderText: string;
  nationalId: string | null;
  amount: string;
  source: IncomeSource;
  productId: string;
  channel: SalesChannel | '';
  /** Kept from a loaded line: the job placement the income followed. */
  jobPlacementId: string | null;
  note: string;
}

/** A problem of one grid row: IncomeRowDto's (checked here before sending, and by the server), or the client's `chooseElder`. */
export type GridError = Pick<RowError, 'field' | 'code' | 'message' | 'params'>;

/** The grid's columns, in keyboard order; `data-cell="<row>:<column>"` on every input. */
export const COLUMNS = ['residentId', 'amount', 'source', 'productId', 'channel', 'note'] as const;
export type Column = (typeof COLUMNS)[number];

let counter = 0;
const nextKey = (): string => `row-${++counter}`;

/** A fresh row; it takes the source and channel of the row above, as staff enter a village's month in runs. */
export function newRow(above?: GridRow): GridRow {
  return {
    key: nextKey(),
    residentId: null,
    elderText: '',
    nationalId: null,
    amount: '',
    source: above?.source ?? 'product',
    productId: '',
    channel: above?.channel ?? '',
    jobPlacementId: null,
    note: '',
  };
}

/** Baht as the API sends it (at most two decimals) into the grid's text: 1710 → '1,710.00'. */
function amountText(amount: number): string {
  const satang = bahtToSatang(amount);
  return satang === null ? String(amount) : formatBaht(satang);
}

/**
 * The amount as the grid shows it once the cell is left: a valid baht text with its thousands
 * separators and two decimals ('1710' → '1,710.00'); anything else as typed, for the rule to name.
 * amountValue reads either form back.
 */
export function formatAmount(text: string): string {
  const satang = bahtToSatang(text);
  return satang === null ? text : formatBaht(satang);
}

export function rowsFromRecords(items: readonly IncomeRecordView[]): GridRow[] {
  return items.map((r) => ({
    key: nextKey(),
    residentId: r.resident.id,
    elderText: r.resident.name,
    nationalId: r.resident.nationalId,
    amount: amountText(r.amount),
    source: r.source,
    productId: r.product?.id ?? '',
    channel: r.channel,
    jobPlacementId: r.jobPlacementId,
    note: r.note ?? '',
  }));
}

/** Nothing typed in it: not sent. */
export function isBlank(row: GridRow): boolean {
  return row.residentId === null && row.elderText.trim() === '' && row.amount.trim() === '' && row.note.trim() === '';
}

/**
 * The amount as sent: a valid baht text becomes its number; anything else goes as typed, so that
 * the server refuses it with its own rule (more than 0, at most two decimals) on that row.
 */
export function amountValue(text: string): number | string {
  const satang = bahtToSatang(text);
  return satang === null ? text.trim() : satang / 100;
}

export function rowPayload(row: GridRow): Record<string, unknown> {
  const out: Record<string, unknown> = {
    residentId: row.residentId,
    amount: amountValue(row.amount),
    source: row.source,
    channel: row.channel,
  };
  if (row.source === 'product' && row.productId) out['productId'] = row.productId;
  if (row.jobPlacementId) out['jobPlacementId'] = row.jobPlacementId;
  if (row.note.trim()) out['note'] = row.note.trim();
  return out;
}

export interface GridPayload {
  body: IncomeMonthPut;
  /** `sent[i]` is the grid index of `body.rows[i]`: the server's row i + 1. */
  sent: number[];
}

/**
 * The month as the server takes it: every row typed in, and (in `residentIds`) every elder the
 * month had when loaded, so that lines removed in the grid are removed on the server too.
 */
export function toPayload(rows: readonly GridRow[], loadedResidentIds: readonly string[]): GridPayload {
  const sent: number[] = [];
  const body: IncomeMonthPut = { rows: [] };
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    sent.push(index);
    body.rows.push(rowPayload(row));
  });
  if (loadedResidentIds.length > 0) body.residentIds = [...new Set(loadedResidentIds)];
  return { body, sent };
}

/** The server's key of a line (income-records.service lineKey): one line per elder × source × product × channel × job placement. */
const lineKey = (p: Record<string, unknown>): string =>
  [p['residentId'], p['source'], p['productId'] ?? '', p['channel'], p['jobPlacementId'] ?? ''].join('|');

/**
 * Every row typed in, checked as the server checks it, before anything is sent: IncomeRowDto's
 * rules on the row as it would be sent (the first message per field, as the API gives them), an
 * elder not chosen (`chooseElder`, in place of the DTO's reference message), and a second row of
 * the same line (`duplicateRow`, naming the grid's row). All the grid's problems show at once;
 * only what needs the database (references outside the LAO, a job placement's dates) is left to
 * the server.
 */
export async function checkRows(rows: readonly GridRow[], chooseElder: string): Promise<Map<string, GridError[]>> {
  const errors = new Map<string, GridError[]>();
  const firstRowOf = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    if (isBlank(row)) continue;
    const payload = rowPayload(row);
    const list: GridError[] = [];
    if (row.residentId === null) list.push({ field: 'residentId', code: 'chooseElder', message: chooseElder });
    const problems = await validate(plainToInstance(IncomeRowDto, payload), { whitelist: true, forbidNonWhitelisted: true });
    for (const problem of problems) {
      if (problem.property === 'residentId' && row.residentId === null) continue;
      const [first] = Object.entries(problem.constraints ?? {});
      if (first) list.push({ field: problem.property, code: first[0], message: first[1] });
    }
    if (list.length === 0) {
      const earlierRow = firstRowOf.get(lineKey(payload));
      if (earlierRow === undefined) firstRowOf.set(lineKey(payload), index + 1);
      else list.push({ field: 'channel', code: 'duplicateRow', message: renderRule('duplicateRow', 'th', { earlierRow }), params: { earlierRow } });
    }
    if (list.length > 0) errors.set(row.key, list);
  }
  return errors;
}

/** The server's row errors (row = 1-based index in the rows sent) onto the grid's rows, by key. */
export function errorsByRow(errors: readonly RowError[], payload: GridPayload, rows: readonly GridRow[]): Map<string, GridError[]> {
  const byKey = new Map<string, GridError[]>();
  for (const e of errors) {
    const gridIndex = payload.sent[e.row - 1];
    const row = gridIndex === undefined ? undefined : rows[gridIndex];
    if (!row) continue;
    const list = byKey.get(row.key) ?? [];
    list.push({ field: e.field, code: e.code, message: e.message, params: e.params });
    byKey.set(row.key, list);
  }
  return byKey;
}

/** Σ of the amounts that are valid baht, in satang (exact). */
export function totalSatang(rows: readonly GridRow[]): number {
  return rows.reduce((sum, row) => sum + (bahtToSatang(row.amount) ?? 0), 0);
}
