import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A Buddhist-Era year is 2400 or more, as for dates (ToIsoDate). */
const BE_THRESHOLD = 2400;

/**
 * 'YYYY-MM' (CE or BE year) or 'MM/YYYY' → 'YYYY-MM' in CE, or null. Months of stipends and
 * visit summaries are typed by staff in BE ('2569-10'); the API stores and answers CE.
 */
export function parseCeMonth(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(s);
  const thai = /^(\d{1,2})\/(\d{4})$/.exec(s);
  const [yearText, monthText] = iso ? [iso[1], iso[2]] : thai ? [thai[2], thai[1]] : [];
  if (!yearText || !monthText) return null;
  let year = Number(yearText);
  const month = Number(monthText);
  if (year >= BE_THRESHOLD) year -= 543;
  if (year < 1850 || year > 2200 || month < 1 || month > 12) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Accept BE months in input; unparseable input is left for IsCeMonth to refuse. */
export const ToCeMonth = (): PropertyDecorator =>
  Transform(({ value }) => (value === '' ? undefined : (parseCeMonth(value) ?? value)));

/** A month as 'YYYY-MM' (CE), after ToCeMonth. */
export function IsCeMonth(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'month',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && parseCeMonth(value) === value },
    });
}
