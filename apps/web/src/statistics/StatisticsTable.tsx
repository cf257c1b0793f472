import { useTranslation } from 'react-i18next';
import { MODEL_LABELS, MODELS, type Model, type Statistics, type StatisticsCell, type StatisticsRow } from '@elderwork/contracts';
import { useLabel, useLang } from '../i18n';
import { formatMoney } from '../ui/money';

export type Column = Model | 'total';
const COLUMNS: readonly Column[] = [...MODELS, 'total'];
const number = new Intl.NumberFormat('th-TH');

/** The columns the API sent: all three models and the total, or the one model asked for. */
export function columnsOf(stats: Statistics): Column[] {
  return COLUMNS.filter((c) => stats.total.models[c] !== undefined);
}

/** The groups (provinces, LAO types, LAOs or the nation) by model: persons and income, hidden cells marked. */
export function StatisticsTable({ stats }: { stats: Statistics }) {
  const { t } = useTranslation();
  const label = useLabel();
  const columns = columnsOf(stats);
  const columnLabel = (c: Column) => (c === 'total' ? t('statistics.totalColumn') : label(MODEL_LABELS, c));
  return (
    <div className="table-wrap">
      <table className="statistics" data-testid="statistics-table">
        <thead>
          <tr>
            <th rowSpan={2}>{t('statistics.group')}</th>
            {columns.map((c) => (
              <th key={c} colSpan={2} className="statistics-model">
                {columnLabel(c)}
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((c) => [
              <th key={`${c}-p`} className="num">
                {t('statistics.persons')}
              </th>,
              <th key={`${c}-i`} className="num">
                {t('statistics.income')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {stats.rows.map((row) => (
            <Row key={row.key} row={row} columns={columns} testId="statistics-row" />
          ))}
        </tbody>
        <tfoot>
          <Row row={{ ...stats.total, label: t('statistics.total') }} columns={columns} testId="statistics-total" />
        </tfoot>
      </table>
    </div>
  );
}

function Row({ row, columns, testId }: { row: StatisticsRow; columns: Column[]; testId: string }) {
  const Cell = testId === 'statistics-total' ? 'th' : 'td';
  return (
    <tr data-testid={testId} data-key={row.key} className={testId === 'statistics-total' ? 'sum-row' : undefined}>
      <Cell>{row.label}</Cell>
      {columns.map((c) => (
        <Figures key={c} column={c} cell={row.models[c]} as={Cell} />
      ))}
    </tr>
  );
}

function Figures({ column, cell, as: Cell }: { column: Column; cell: StatisticsCell | undefined; as: 'td' | 'th' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const hidden = !cell || cell.suppressed || cell.persons === null;
  const mark = (
    <abbr title={t('statistics.suppressedTitle')} className="suppressed">
      {t('statistics.suppressed')}
    </abbr>
  );
  return (
    <>
      <Cell className="num" data-testid={`cell-${column}-persons`} data-suppressed={hidden}>
        {hidden || cell.persons === null ? mark : number.format(cell.persons)}
      </Cell>
      <Cell className="num mono" data-testid={`cell-${column}-income`} data-suppressed={hidden}>
        {hidden || cell.income === null ? mark : formatMoney(cell.income, lang)}
      </Cell>
    </>
  );
}
