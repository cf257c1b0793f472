import { Transform } from 'class-transformer';
import { parseThaiDate } from '@elderwork/thai';

/** Trim strings; empty strings become undefined so optional fields stay optional. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });

/** Accept BE years and DD/MM/YYYY in input; store CE ISO dates. Unparseable input is left for the validator to reject. */
export const ToIsoDate = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (value === null || value === undefined || value === '') return value === '' ? undefined : value;
    if (typeof value !== 'string' && !(value instanceof Date)) return value;
    return parseThaiDate(value) ?? value;
  });

/** Numbers typed into forms and CSV cells arrive as strings. */
export const ToInt = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
    return value === '' ? undefined : value;
  });

/** Query-string and spreadsheet booleans: true/false, 1/0, yes/no, ใช่/ไม่ใช่. */
export const ToBoolean = (): PropertyDecorator =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const v = value.trim().toLowerCase();
    if (['true', '1', 'yes', 'y', 'ใช่', 'จริง'].includes(v)) return true;
    if (['false', '0', 'no', 'n', 'ไม่', 'ไม่ใช่', 'เท็จ'].includes(v)) return false;
    return v === '' ? undefined : value;
  });
