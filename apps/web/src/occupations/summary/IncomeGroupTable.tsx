import { useTranslation } from 'react-i18next';
import type { IncomeGroup } from '@elderwork/contracts';
import { useLang } from '../../i18n';
import { BreakdownTable, type BreakdownColumn } from '../../ui/GroupTable';
import { formatMoney } from '../../ui/money';
import { formatCount } from '../format';

export interface IncomeGroupRow extends IncomeGroup {
  key: string;
  label: string;
}

/** One breakdown of the year's income (by product, sex, age band): persons, records, amount. */
export function IncomeGroupTable({ title, rows, testId }: { title: string; rows: IncomeGroupRow[]; testId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: BreakdownColumn<IncomeGroupRow>[] = [
    { header: t('occupations.summary.persons'), cell: (r) => formatCount(r.persons) },
    { header: t('occupations.summary.records'), cell: (r) => formatCount(r.records) },
    { header: t('occupations.summary.amount'), cell: (r) => formatMoney(r.amount, lang), mono: true },
  ];
  return (
    <BreakdownTable
      title={title}
      groupHeader={t('occupations.summary.group')}
      columns={columns}
      rows={rows}
      testId={testId}
      empty={t('occupations.summary.noIncome')}
    />
  );
}
