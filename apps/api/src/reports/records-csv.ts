import { LEDGER_SOURCE_LABELS, MODEL_LABELS, type ExportLayout, type LedgerSource } from '@elderwork/contracts';
import { formatThaiMonth } from '@elderwork/thai';
import { toCsv, type SheetValue } from '../common/spreadsheet-cells';
import type { DrillDownRecord } from './reports.repository';

const THAI_HEADER = ['รูปแบบการส่งเสริม', 'ชื่อ-นามสกุล', 'เลขประจำตัวประชาชน', 'เดือน', 'รายได้ (บาท)', 'ที่มาของรายได้'];
const CODES_HEADER = ['model', 'residentId', 'name', 'nationalId', 'month', 'income', 'sourceType', 'sourceId'];

const sourceLabel = (source: string): string => LEDGER_SOURCE_LABELS[source as LedgerSource]?.th ?? source;

/**
 * The records behind a figure as CSV. `thai` (the default, for people): Thai headings, the model
 * and source in Thai, months with BE years, no ids. `codes` (for systems): the English headers,
 * codes, CE months (`2025-01`) and the ids, as before. Income is a number in both.
 */
export function recordsCsv(items: DrillDownRecord[], layout: ExportLayout): Buffer {
  const rows: SheetValue[][] =
    layout === 'codes'
      ? [CODES_HEADER, ...items.map((r) => [r.model, r.residentId, r.name, r.nationalId, r.month, r.income.toFixed(2), r.sourceType, r.sourceId])]
      : [THAI_HEADER, ...items.map((r) => [MODEL_LABELS[r.model].th, r.name, r.nationalId, formatThaiMonth(r.month), r.income, sourceLabel(r.sourceType)])];
  return toCsv(rows);
}
