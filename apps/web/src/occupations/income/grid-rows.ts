import type { IncomeRecordView, IncomeSource, RowError, SalesChannel } from '@elderwork/contracts';
import { bahtToSatang } from '@elderwork/thai';
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

/** A problem of one grid row; the client adds `chooseElder` before anything is sent. */
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

/** Baht as the API sends it (at most two decimals) into the grid's text: 1200.5 → '1200.50'. */
function amountText(amount: number): string {
  const satang = bahtToSatang(amount);
  return satang === null ? String(amount) : `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
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

/** Rows typed in without an elder chosen: refused here, before anything is sent. */
export function missingElders(rows: readonly GridRow[], message: string): Map<string, GridError[]> {
  const errors = new Map<string, GridError[]>();
  for (const row of rows) {
    if (!isBlank(row) && row.residentId === null) errors.set(row.key, [{ field: 'residentId', code: 'chooseElder', message }]);
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
    list.push({ field: e.field, code: e.code, message: e.message });
    byKey.set(row.key, list);
  }
  return byKey;
}

/** Σ of the amounts that are valid baht, in satang (exact). */
export function totalSatang(rows: readonly GridRow[]): number {
  return rows.reduce((sum, row) => sum + (bahtToSatang(row.amount) ?? 0), 0);
}
