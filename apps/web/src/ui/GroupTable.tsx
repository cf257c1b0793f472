import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Section35Group } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { formatMoney } from './money';

const number = new Intl.NumberFormat('th-TH');

/** A breakdown's column: its header and what a row shows (money in monospace). */
export interface BreakdownColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
  mono?: boolean;
}

interface BreakdownTableProps<R extends { key: string; label: string }> {
  title: string;
  /** Header of the first column, the group's label. */
  groupHeader: string;
  columns: BreakdownColumn<R>[];
  rows: R[];
  testId: string;
  /** Shown instead of an empty table, where the page says so. */
  empty?: string;
}

/** One breakdown of a summary (by employer, product, sex, age band, …): a labelled row per group, numbers right. */
export function BreakdownTable<R extends { key: string; label: string }>({ title, groupHeader, columns, rows, testId, empty }: BreakdownTableProps<R>) {
  return (
    <section className="card" data-testid={testId}>
      <h2>{title}</h2>
      {empty !== undefined && rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{groupHeader}</th>
                {columns.map((c) => (
                  <th key={c.header} className="num">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-testid={`${testId}-row`}>
                  <td>{r.label}</td>
                  {columns.map((c) => (
                    <td key={c.header} className={c.mono ? 'num mono' : 'num'}>
                      {c.cell(r)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export interface GroupRow extends Section35Group {
  key: string;
  label: string;
}

/** A Section 35 breakdown (by employer, sex, age band, disability type): persons, placements, value, paid. */
export function GroupTable({ title, rows, testId }: { title: string; rows: GroupRow[]; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: BreakdownColumn<GroupRow>[] = [
    { header: t('summary.persons'), cell: (r) => number.format(r.persons) },
    { header: t('summary.placements'), cell: (r) => number.format(r.placements) },
    { header: t('summary.value'), cell: (r) => formatMoney(r.value, lang), mono: true },
    { header: t('summary.paid'), cell: (r) => formatMoney(r.paid, lang), mono: true },
  ];
  return <BreakdownTable title={title} groupHeader={t('summary.group')} columns={columns} rows={rows} testId={testId} />;
}
