import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADL_GROUP_LABELS,
  COURSE_KIND_LABELS,
  DISABILITY_TYPE_LABELS,
  INCOME_SOURCE_LABELS,
  JOB_FIELD_LABELS,
  MODALITY_LABELS,
  SALES_CHANNEL_LABELS,
  SEX_LABELS,
  WISDOM_BRANCH_LABELS,
} from '@elderwork/contracts';
import { useLang, type Lang } from '../i18n';
import { formatMonth } from '../ui/month';
import { formatMoney } from '../ui/money';
import { reportsEn, reportsTh } from '../i18n/reports';

type Labels = Record<string, { th: string; en: string }>;

/** The period is the report's own; ids mean nothing to a reader. */
const SKIP = new Set(['year', 'yearType', 'period']);
const MONEY = new Set(['amount', 'income', 'stipends', 'stipendsPaid', 'value', 'paid', 'averagePerPerson']);
const VALUE_LABELS: Record<string, Labels> = {
  sex: SEX_LABELS,
  group: ADL_GROUP_LABELS,
  channel: SALES_CHANNEL_LABELS,
  source: INCOME_SOURCE_LABELS,
  kind: COURSE_KIND_LABELS,
  branch: WISDOM_BRANCH_LABELS,
  field: JOB_FIELD_LABELS,
  modality: MODALITY_LABELS,
  disabilityType: DISABILITY_TYPE_LABELS,
};
const number = new Intl.NumberFormat('th-TH', { maximumFractionDigits: 2 });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const shown = (key: string): boolean => !SKIP.has(key) && !/Id$/.test(key);

function keyLabel(key: string, lang: Lang): string {
  const keys: Record<string, string> = lang === 'th' ? reportsTh.detailKeys : reportsEn.detailKeys;
  return keys[key] ?? key;
}

function useFormat() {
  const { t } = useTranslation();
  const lang = useLang();
  return (key: string, value: string | number | boolean | null): string => {
    if (value === null) return '–';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number') return MONEY.has(key) ? formatMoney(value, lang) : number.format(value);
    if (key === 'month') return formatMonth(value, lang);
    if (key === 'ageBand') return value === 'under-60' ? t('reports.under60') : t('reports.ageBand', { band: value });
    return VALUE_LABELS[key]?.[value]?.[lang] ?? value;
  };
}

/**
 * A model's own figures (`details`) when the page has no dedicated view for them yet: numbers as a
 * list, lists of groups as tables, nested groups under their own heading.
 */
export function GenericDetails({ data }: { data: unknown }) {
  const lang = useLang();
  const format = useFormat();
  if (!isRecord(data)) return isScalar(data) ? <p>{format('', data)}</p> : null;
  const entries = Object.entries(data).filter(([key]) => shown(key));
  const scalars = entries.filter((e): e is [string, string | number | boolean | null] => isScalar(e[1]));
  const tables = entries.filter((e): e is [string, Record<string, unknown>[]] => Array.isArray(e[1]) && e[1].every(isRecord));
  const nested = entries.filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]));
  return (
    <div className="generic-details" data-testid="generic-details">
      {scalars.length > 0 && (
        <dl className="details">
          {scalars.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{keyLabel(key, lang)}</dt>
              <dd data-testid={`detail-${key}`}>{format(key, value)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {tables.map(([key, rows]) => (
        <DetailsTable key={key} title={keyLabel(key, lang)} rows={rows} testId={`detail-${key}`} />
      ))}
      {nested.map(([key, value]) => (
        <section key={key} className="generic-details-group">
          <h3>{keyLabel(key, lang)}</h3>
          <GenericDetails data={value} />
        </section>
      ))}
    </div>
  );
}

function DetailsTable({ title, rows, testId }: { title: string; rows: Record<string, unknown>[]; testId: string }) {
  const lang = useLang();
  const format = useFormat();
  if (rows.length === 0) return null;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((key) => shown(key) && rows.every((r) => isScalar(r[key] ?? null)));
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} className={i > 0 ? 'num' : undefined}>
                  {keyLabel(c, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, n) => (
              <tr key={n}>
                {columns.map((c, i) => (
                  <td key={c} className={i > 0 ? 'num' : undefined}>
                    {format(c, (r[c] ?? null) as string | number | boolean | null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
