import type { ImportRejection } from './responses';

/**
 * An import runs as a job: `queued` while it waits for one of its server's import slots,
 * `running` while rows are read, `writing` while the valid rows are written in one transaction,
 * then `done`, `failed` or `cancelled`. A failed or cancelled job wrote nothing; a job whose
 * server stopped proving it is alive (its heartbeat) is marked `failed` (decision 0017).
 */
export const IMPORT_STATES = ['queued', 'running', 'writing', 'cancelling', 'done', 'failed', 'cancelled'] as const;
export type ImportState = (typeof IMPORT_STATES)[number];
export const FINISHED_IMPORT_STATES: readonly ImportState[] = ['done', 'failed', 'cancelled'];

export const IMPORT_KINDS = ['residents'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** At most this many rejections are listed; `rowsRejected` counts them all. */
export const MAX_LISTED_REJECTIONS = 1000;

/** Rows of one income file (a month's incomes of an LAO's earners is a few thousand). */
export const MAX_INCOME_IMPORT_ROWS = 50_000;

/** The imports' own messages, Thai first (the API sends the Thai text with the code). */
export const IMPORT_MESSAGES = {
  interrupted: {
    th: 'การนำเข้าหยุดกลางคันเพราะเซิร์ฟเวอร์ที่ทำงานนี้หยุดทำงาน ไม่มีการบันทึกข้อมูลใด ๆ กรุณานำเข้าใหม่',
    en: 'The import stopped because the server running it stopped; nothing was written. Please import again',
  },
  failed: {
    th: 'การนำเข้าล้มเหลวเพราะข้อผิดพลาดของระบบ ไม่มีการบันทึกข้อมูลใด ๆ กรุณาลองใหม่หรือแจ้งผู้ดูแลระบบ',
    en: 'The import failed because of a system error; nothing was written. Try again or tell the administrator',
  },
  cancelled: { th: 'การนำเข้าถูกยกเลิก ไม่มีการบันทึกข้อมูลใด ๆ', en: 'The import was cancelled; nothing was written' },
  finished: { th: 'การนำเข้านี้เสร็จสิ้นแล้ว ยกเลิกไม่ได้', en: 'This import has finished and cannot be cancelled' },
  xlsxUnpackedTooLarge: {
    th: 'ไฟล์ Excel นี้เมื่อคลายการบีบอัดแล้วมีขนาดเกิน {max} MB กรุณาแบ่งเป็นหลายไฟล์ หรือบันทึกเป็น CSV UTF-8',
    en: 'This Excel file unpacks to more than {max} MB; split it or save it as CSV UTF-8',
  },
  xlsxRatio: {
    th: 'ไฟล์ Excel นี้มีส่วนที่ถูกบีบอัดมากผิดปกติ (เกิน {max} เท่า) ระบบไม่อ่านไฟล์ลักษณะนี้ กรุณาบันทึกใหม่จาก Excel หรือเป็น CSV UTF-8',
    en: 'Part of this Excel file is compressed more than {max} times, which the system does not read; save it again from Excel or as CSV UTF-8',
  },
  xlsxEntries: {
    th: 'ไฟล์ Excel นี้มีส่วนประกอบมากเกิน {max} ส่วน ระบบไม่อ่านไฟล์ลักษณะนี้',
    en: 'This Excel file has more than {max} parts, which the system does not read',
  },
  tooManyRows: {
    th: 'ไฟล์มีข้อมูลเกิน {max} แถว กรุณาแบ่งเป็นหลายไฟล์ ไม่มีการบันทึกข้อมูลใด ๆ',
    en: 'The file has more than {max} rows; split it into several files. Nothing was written',
  },
} as const;

/** A catalogue text with its parameters filled in. */
export function importMessage(key: keyof typeof IMPORT_MESSAGES, params: Record<string, string | number> = {}, lang: 'th' | 'en' = 'th'): string {
  return IMPORT_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** GET /api/imports/:id — progress while running, the result when finished. */
export interface ImportJobView {
  id: string;
  kind: ImportKind;
  fileName: string;
  state: ImportState;
  /** While `queued`: 1 for the next job its server starts, 2 for the one after, …; null otherwise. */
  queuePosition: number | null;
  /** The file's size and how much of it has been read: the progress bar. */
  bytesTotal: number;
  bytesDone: number;
  /** Data rows read so far (valid and rejected). */
  rowsDone: number;
  rowsRejected: number;
  /** Written when the job is done; 0 before. */
  inserted: number;
  updated: number;
  /** The first MAX_LISTED_REJECTIONS rejections, in row order, whole rows only. */
  rejected: ImportRejection[];
  /** More rows were rejected than are listed. */
  rejectionsTruncated: boolean;
  /** Why a failed job failed (code as in ERROR_CODES, Thai message). */
  error: { code: string; message: string } | null;
  createdAt: string;
  finishedAt: string | null;
}
