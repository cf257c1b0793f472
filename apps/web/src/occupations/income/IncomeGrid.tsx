import { useEffect, useRef, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCOME_SOURCE_LABELS,
  INCOME_SOURCES,
  SALES_CHANNEL_LABELS,
  SALES_CHANNELS,
  type IncomeSource,
  type ProductView,
  type SalesChannel,
} from '@elderwork/contracts';
import { formatBaht, satangToBaht } from '@elderwork/thai';
import { useLabel, useLang } from '../../i18n';
import { translateValidation } from '../../i18n/validation';
import { elderName } from '../../ui/elder';
import { ElderCell } from './ElderCell';
import { COLUMNS, formatAmount, newRow, totalSatang, type Column, type GridError, type GridRow } from './grid-rows';

interface IncomeGridProps {
  rows: GridRow[];
  setRows: Dispatch<SetStateAction<GridRow[]>>;
  errors: ReadonlyMap<string, GridError[]>;
  clearError: (rowKey: string, field: string) => void;
  products: ProductView[];
}

/** Which column shows an error about a field; anything else (a job placement, the month) goes under the row. */
const COLUMN_OF: Record<string, Column> = {
  residentId: 'residentId',
  amount: 'amount',
  source: 'source',
  productId: 'productId',
  channel: 'channel',
  note: 'note',
};

/**
 * The month grid: one row per income line, keyboard first. Tab or Enter moves to the next cell
 * (Enter past the last cell adds a row); arrow up/down move between rows in text cells.
 */
export function IncomeGrid({ rows, setRows, errors, clearError, products }: IncomeGridProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const body = useRef<HTMLTableSectionElement>(null);
  const pendingFocus = useRef<[number, number] | null>(null);

  const cell = (row: number, col: number) => body.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`) ?? null;
  const focusable = (el: HTMLElement | null): el is HTMLElement => !!el && !(el as HTMLInputElement).disabled;

  /** Focus (row, col) or the next enabled cell after it; past the end, add a row and focus its first cell. */
  const focusFrom = (row: number, col: number) => {
    for (let r = row; r < rows.length; r++) {
      for (let c = r === row ? col : 0; c < COLUMNS.length; c++) {
        const el = cell(r, c);
        if (focusable(el)) {
          el.focus();
          return;
        }
      }
    }
    pendingFocus.current = [rows.length, 0];
    setRows((current) => [...current, newRow(current[current.length - 1])]);
  };

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    cell(pending[0], pending[1])?.focus();
  }, [rows.length]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.defaultPrevented) return; // the elder cell searched or chose
    const target = event.target as HTMLElement;
    const at = target.dataset['cell'];
    if (!at) return;
    const [row, col] = at.split(':').map(Number);
    if (event.key === 'Enter') {
      event.preventDefault();
      focusFrom(row, col + 1);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && target.tagName === 'INPUT') {
      const el = cell(row + (event.key === 'ArrowDown' ? 1 : -1), col);
      if (focusable(el)) {
        event.preventDefault();
        el.focus();
      }
    }
  };

  const update = (key: string, patch: Partial<GridRow>, fields: string[]) => {
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    for (const field of fields) clearError(key, field);
  };
  const remove = (key: string) => setRows((current) => (current.length > 1 ? current.filter((r) => r.key !== key) : [newRow()]));
  const addRow = () => {
    pendingFocus.current = [rows.length, 0];
    setRows((current) => [...current, newRow(current[current.length - 1])]);
  };

  const total = totalSatang(rows);

  return (
    <div className="table-wrap">
      <table className="income-grid" data-testid="income-grid">
        <thead>
          <tr>
            <th className="num">{t('occupations.income.col.row')}</th>
            <th data-testid="col-elder">
              {t('occupations.income.col.elder')}
              <Required />
            </th>
            <th className="num" data-testid="col-amount">
              {t('occupations.income.col.amount')}
              <Required />
            </th>
            <th data-testid="col-source">
              {t('occupations.income.col.source')}
              <Required />
            </th>
            <th data-testid="col-product">{t('occupations.income.col.product')}</th>
            <th data-testid="col-channel">
              {t('occupations.income.col.channel')}
              <Required />
            </th>
            <th>{t('occupations.income.col.note')}</th>
            <th />
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {rows.map((row, index) => {
            const n = index + 1;
            const rowErrors = errors.get(row.key) ?? [];
            const errorOf = (column: Column) => rowErrors.filter((e) => (COLUMN_OF[e.field] ?? null) === column);
            const others = rowErrors.filter((e) => !COLUMN_OF[e.field]);
            const show = (e: GridError) => (e.code === 'chooseElder' ? t('occupations.income.chooseElder') : translateValidation(e.message, e.code, lang, e.params));
            const messages = (column: Column) =>
              errorOf(column).length > 0 && (
                <small className="field-error" role="alert" id={`rows-${n}-${column}-error`} data-testid={`error-rows.${n}.${column}`}>
                  {errorOf(column).map(show).join(' · ')}
                </small>
              );
            const invalid = (column: Column) => errorOf(column).length > 0;
            const described = (column: Column) => (invalid(column) ? `rows-${n}-${column}-error` : undefined);
            return [
              <tr
                key={row.key}
                className={rowErrors.length > 0 ? 'row--invalid' : undefined}
                data-testid="income-row"
                data-row={n}
                data-invalid={rowErrors.length > 0 || undefined}
              >
                <td className="num muted">{n}</td>
                <td className={invalid('residentId') ? 'field--invalid' : undefined}>
                  <ElderCell
                    row={row}
                    index={index}
                    invalid={invalid('residentId')}
                    describedBy={described('residentId')}
                    onType={(text) => update(row.key, { elderText: text, residentId: null, nationalId: null }, ['residentId'])}
                    onChoose={(r) => {
                      update(row.key, { residentId: r.id, elderText: elderName(r), nationalId: r.nationalId }, ['residentId']);
                      // The next cell, once the choice is on screen.
                      setTimeout(() => cell(index, 1)?.focus(), 0);
                    }}
                  />
                  {messages('residentId')}
                </td>
                <td className={invalid('amount') ? 'field--invalid' : undefined}>
                  <input
                    className="num"
                    inputMode="decimal"
                    autoComplete="off"
                    aria-label={`${t('occupations.income.col.amount')} ${n}`}
                    aria-required="true"
                    aria-invalid={invalid('amount') || undefined}
                    aria-describedby={described('amount')}
                    value={row.amount}
                    onChange={(e) => update(row.key, { amount: e.target.value }, ['amount'])}
                    onBlur={(e) => {
                      // Thousands separators once the cell is left; only a change marks the month unsaved.
                      const shown = formatAmount(e.target.value);
                      if (shown !== row.amount) update(row.key, { amount: shown }, []);
                    }}
                    data-cell={`${index}:1`}
                    data-testid={`cell-${n}-amount`}
                  />
                  {messages('amount')}
                </td>
                <td className={invalid('source') ? 'field--invalid' : undefined}>
                  <select
                    aria-label={`${t('occupations.income.col.source')} ${n}`}
                    aria-required="true"
                    aria-invalid={invalid('source') || undefined}
                    aria-describedby={described('source')}
                    value={row.source}
                    onChange={(e) => {
                      const source = e.target.value as IncomeSource;
                      // A product goes with product income only, a job placement with services only.
                      update(
                        row.key,
                        { source, productId: source === 'product' ? row.productId : '', jobPlacementId: source === 'service' ? row.jobPlacementId : null },
                        ['source', 'productId', 'jobPlacementId'],
                      );
                    }}
                    data-cell={`${index}:2`}
                    data-testid={`cell-${n}-source`}
                  >
                    {INCOME_SOURCES.map((s) => (
                      <option key={s} value={s}>
                        {label(INCOME_SOURCE_LABELS, s)}
                      </option>
                    ))}
                  </select>
                  {messages('source')}
                  {row.jobPlacementId && <small className="muted">{t('occupations.income.fromJob')}</small>}
                </td>
                <td className={invalid('productId') ? 'field--invalid' : undefined}>
                  <select
                    aria-label={`${t('occupations.income.col.product')} ${n}`}
                    aria-invalid={invalid('productId') || undefined}
                    value={row.productId}
                    disabled={row.source !== 'product'}
                    onChange={(e) => update(row.key, { productId: e.target.value }, ['productId'])}
                    data-cell={`${index}:3`}
                    data-testid={`cell-${n}-product`}
                  >
                    <option value="">{t('occupations.income.noProduct')}</option>
                    {products.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                  {messages('productId')}
                </td>
                <td className={invalid('channel') ? 'field--invalid' : undefined}>
                  <select
                    aria-label={`${t('occupations.income.col.channel')} ${n}`}
                    aria-required="true"
                    aria-invalid={invalid('channel') || undefined}
                    aria-describedby={described('channel')}
                    value={row.channel}
                    onChange={(e) => update(row.key, { channel: e.target.value as SalesChannel | '' }, ['channel'])}
                    data-cell={`${index}:4`}
                    data-testid={`cell-${n}-channel`}
                  >
                    <option value="">{t('occupations.income.chooseChannel')}</option>
                    {SALES_CHANNELS.map((c) => (
                      <option key={c} value={c}>
                        {label(SALES_CHANNEL_LABELS, c)}
                      </option>
                    ))}
                  </select>
                  {messages('channel')}
                </td>
                <td className={invalid('note') ? 'field--invalid' : undefined}>
                  <input
                    autoComplete="off"
                    maxLength={500}
                    aria-label={`${t('occupations.income.col.note')} ${n}`}
                    value={row.note}
                    onChange={(e) => update(row.key, { note: e.target.value }, ['note'])}
                    data-cell={`${index}:5`}
                    data-testid={`cell-${n}-note`}
                  />
                  {messages('note')}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn--link"
                    aria-label={t('occupations.income.removeRow', { row: n })}
                    onClick={() => remove(row.key)}
                    data-testid={`row-remove-${n}`}
                  >
                    ✕
                  </button>
                </td>
              </tr>,
              others.length > 0 && (
                <tr key={`${row.key}-errors`} className="row-errors">
                  <td />
                  <td colSpan={7}>
                    <p className="field-error" role="alert" data-testid={`row-error-${n}`}>
                      {others.map(show).join(' · ')}
                    </p>
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
        <tfoot>
          <tr>
            <th />
            <th>{t('occupations.income.total')}</th>
            <th className="num mono" data-testid="income-total" data-value={satangToBaht(total)}>
              {formatBaht(total, lang)}
            </th>
            <th colSpan={5}>
              <button type="button" className="btn btn--small" onClick={addRow} data-testid="income-add-row">
                {t('occupations.income.addRow')}
              </button>
            </th>
          </tr>
        </tfoot>
      </table>
      <p className="muted" data-testid="income-required">
        <span className="required" aria-hidden="true">
          *{' '}
        </span>
        {t('occupations.income.required')}
      </p>
    </div>
  );
}

/** The mark of a column every row must fill in (as Field and ElderPicker mark theirs). */
function Required() {
  return (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}
