import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentMonth, type IncomeMonthResult, type IncomeRecordList, type RowError } from '@elderwork/contracts';
import { ApiError } from '../../api/client';
import { useLang } from '../../i18n';
import { describeError } from '../../i18n/errors';
import { th } from '../../i18n/th';
import { Alert } from '../../ui/Alert';
import { LoadError } from '../../ui/LoadError';
import { formatMonth, isPastMonth, previousMonth, recentMonths } from '../../ui/month';
import { useIncomeMonth, useProducts, usePutIncomeMonth } from '../queries';
import { IncomeGrid } from './IncomeGrid';
import { checkRows, errorsByRow, isBlank, newRow, rowsFromRecords, toPayload, type GridError, type GridRow } from './grid-rows';
import { useLeaveGuard } from './useLeaveGuard';

function gridOf(list: IncomeRecordList): GridRow[] {
  const rows = rowsFromRecords(list.items);
  return rows.length > 0 ? rows : [newRow()];
}

/** The errors of a refused month, when the server named its rows (400, or 404 for references outside the LAO). */
function rowErrorsOf(error: unknown): RowError[] | null {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 404)) return null;
  const errors = (error.body.errors ?? []) as Partial<RowError>[];
  const rows = errors.filter((e): e is RowError => typeof e.row === 'number');
  return rows.length > 0 ? rows : null;
}

/** รายได้รายเดือน: a whole month of the LAO's elders' income in one grid, saved all or nothing. */
export function IncomeMonthPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  // Staff enter a month once it is over: last month by default.
  const month = isPastMonth(asked) ? asked : previousMonth(currentMonth());
  const loaded = useIncomeMonth(month);
  const products = useProducts();
  const putMonth = usePutIncomeMonth(month);

  const [rows, setRows] = useState<GridRow[]>([]);
  const [residentIds, setResidentIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Map<string, GridError[]>>(new Map());
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ rows: number } | { error: unknown } | null>(null);
  const [saved, setSaved] = useState<IncomeMonthResult | null>(null);
  // Typed rows are not lost by a tab, a link or another month without a question.
  const leave = useLeaveGuard(dirty);

  const reset = (list: IncomeRecordList) => {
    setRows(gridOf(list));
    setResidentIds(list.items.map((r) => r.resident.id));
    setErrors(new Map());
    setDirty(false);
  };
  useEffect(() => {
    if (loaded.data) reset(loaded.data);
  }, [loaded.data]);

  const changeRows: typeof setRows = (next) => {
    setRows(next);
    setDirty(true);
    setSaved(null);
  };
  const clearError = (rowKey: string, field: string) =>
    setErrors((current) => {
      const list = current.get(rowKey);
      if (!list?.some((e) => e.field === field)) return current;
      const next = new Map(current);
      const rest = list.filter((e) => e.field !== field);
      if (rest.length > 0) next.set(rowKey, rest);
      else next.delete(rowKey);
      return next;
    });

  const chooseMonth = (next: string) =>
    leave.ask(() => {
      setSaved(null);
      setProblem(null);
      setParams({ month: next });
    });

  const save = async () => {
    setProblem(null);
    setSaved(null);
    setBusy(true);
    // Every row against the same DTO as the server, so all the grid's problems show at once and nothing is sent.
    const refused = await checkRows(rows, th.occupations.income.chooseElder);
    if (refused.size > 0) {
      setErrors(refused);
      setProblem({ rows: refused.size });
      setBusy(false);
      return;
    }
    const payload = toPayload(rows, residentIds);
    try {
      const result = await putMonth.mutateAsync(payload.body);
      reset(result);
      setSaved(result);
    } catch (error) {
      // All or nothing: nothing was written; the grid keeps what was typed, with each row's problems.
      const rowErrors = rowErrorsOf(error);
      if (rowErrors) {
        const byRow = errorsByRow(rowErrors, payload, rows);
        setErrors(byRow);
        setProblem({ rows: byRow.size });
      } else {
        setProblem({ error });
      }
    } finally {
      setBusy(false);
    }
  };

  const months = recentMonths();
  if (!months.includes(month)) months.push(month);

  return (
    <section>
      {leave.dialog}
      <div className="page-head">
        <h1>
          {t('occupations.income.title')}
          <small className="muted" data-testid="income-month">
            {formatMonth(month, lang)}
          </small>
        </h1>
      </div>
      <form className="card filters" onSubmit={(e) => e.preventDefault()}>
        <div className="grid">
          <div className="field">
            <label htmlFor="month">{t('occupations.income.month')}</label>
            <select id="month" name="month" value={month} onChange={(e) => chooseMonth(e.target.value)} data-testid="month-select">
              {months.map((m) => (
                <option key={m} value={m}>
                  {formatMonth(m, lang)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="muted">{t('occupations.income.explain')}</p>
      </form>
      {loaded.isError && <LoadError query={loaded} />}
      {saved && (
        <Alert tone="success" testId="flash">
          {t('occupations.income.saved', {
            month: formatMonth(saved.month, lang),
            inserted: saved.inserted,
            updated: saved.updated,
            deleted: saved.deleted,
          })}
        </Alert>
      )}
      {problem && (
        <Alert tone="error" testId="form-error">
          {'rows' in problem ? t('occupations.income.refused', { count: problem.rows }) : describeError(problem.error, lang, t)}
        </Alert>
      )}
      {loaded.isPending && <p className="page-loading">{t('common.loading')}</p>}
      {loaded.data && rows.length > 0 && (
        <>
          {rows.every(isBlank) && (
            <p className="muted" data-testid="income-empty">
              {t('occupations.income.empty')}
            </p>
          )}
          <IncomeGrid rows={rows} setRows={changeRows} errors={errors} clearError={clearError} products={products.data?.items ?? []} />
          <div className="form-actions grid-actions">
            <button type="button" className="btn btn--primary" onClick={save} disabled={busy} data-testid="income-save">
              {busy ? t('occupations.income.saving') : t('occupations.income.save')}
            </button>
            {dirty && (
              <span className="muted" data-testid="income-dirty">
                {t('occupations.income.unsaved')}
              </span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
