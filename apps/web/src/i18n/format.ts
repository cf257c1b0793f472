import { formatThaiDate, todayInBangkok } from '@elderwork/thai';
import type { Lang } from './index';

/** A calendar date ('YYYY-MM-DD', CE) for display: BE in Thai. Empty or malformed input shows a dash. */
export function formatDate(iso: string | null | undefined, lang: Lang, style: 'short' | 'long' = 'short'): string {
  if (!iso) return '–';
  try {
    return formatThaiDate(iso, { style, lang });
  } catch {
    return iso;
  }
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Bangkok',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A timestamp as Bangkok date (BE in Thai) and 24-hour time, e.g. '5 มี.ค. 2569 14:05'. */
export function formatDateTime(timestamp: string, lang: Lang): string {
  const at = new Date(timestamp);
  if (Number.isNaN(at.getTime())) return timestamp;
  return `${formatDate(todayInBangkok(at), lang)} ${timeFormat.format(at)}`;
}

/** 'YYYY-MM-DD' (CE) → 'DD/MM/YYYY' (BE), the way staff type dates into the form. */
export function toBeInput(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${Number(m[1]) + 543}` : '';
}
