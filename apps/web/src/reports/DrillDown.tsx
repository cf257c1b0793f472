import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatBaht, satangToBaht } from '@elderwork/thai';
import type { ReportFilter, ReportRecord, YearType } from '../api/endpoints';
import { useLang } from '../i18n';
import { describeError } from '../i18n/errors';
import { satangOf } from '../ui/money';
import { Alert } from '../ui/Alert';
import { LoadError } from '../ui/LoadError';
import { useReportLabels } from '../ui/report-labels';
import { useRecordsExport, useReportRecords } from './queries';

const number = new Intl.NumberFormat('th-TH');

/** Distinct persons and the exact income (satang) of the records: the figure they stand behind. */
export function sumOf(items: ReportRecord[]): { persons: number; satang: number } {
  return {
    persons: new Set(items.map((r) => r.residentId)).size,
    satang: items.reduce((sum, r) => sum + satangOf(r.income), 0),
  };
}

interface DrillDownProps {
  year: number;
  yearType: YearType;
  filter: ReportFilter;
  onClose: () => void;
}

/**
 * The ledger rows behind a figure of the live report, with a sum row that equals the figure, and the
 * same rows as CSV: national IDs masked, or in full when asked for (the API audits that on every person).
 */
export function DrillDown({ year, yearType, filter, onClose }: DrillDownProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = useReportLabels();
  const closeRef = useRef<HTMLButtonElement>(null);
  const records = useReportRecords(year, yearType, filter);
  const { data } = records;
  const [fullIds, setFullIds] = useState(false);
  const exportFile = useRecordsExport(year, yearType, filter);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const sum = data ? sumOf(data.items) : null;
  return (
    <div className="drill-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section className="drill-panel card" role="dialog" aria-modal="true" aria-labelledby="drill-title" data-testid="drilldown">
        <div className="card-head">
          <h2 id="drill-title">
            {t('reports.drill.title')}
            <small className="muted" data-testid="drill-title">
              {labels.filter(filter)}
            </small>
          </h2>
          <button type="button" className="btn" ref={closeRef} onClick={onClose} data-testid="drill-close">
            {t('reports.drill.close')}
          </button>
        </div>
        {records.isError && <LoadError query={records} />}
        {records.isPending && <p className="page-loading">{t('common.loading')}</p>}
        {data && sum && (
          <>
            <p className="drill-summary" data-testid="drill-summary">
              {t('reports.drill.sum', { persons: number.format(sum.persons), items: number.format(data.items.length) })} ·{' '}
              <strong>{formatBaht(sum.satang, lang, { unit: true })}</strong>
            </p>
            <p className="muted">{t('reports.drill.masked')}</p>
            <div className="button-row" data-testid="drill-export">
              <div className="field field--check">
                <label htmlFor="drill-full-ids">
                  <input
                    id="drill-full-ids"
                    type="checkbox"
                    checked={fullIds}
                    onChange={(e) => setFullIds(e.target.checked)}
                    aria-describedby={fullIds ? 'drill-full-ids-note' : undefined}
                    data-testid="drill-full-ids"
                  />
                  {t('reports.drill.fullIds')}
                </label>
              </div>
              <button type="button" className="btn" disabled={exportFile.isPending} onClick={() => exportFile.mutate(fullIds)} data-testid="drill-download-csv">
                {t('reports.drill.csv')}
              </button>
            </div>
            {fullIds && (
              <p className="muted" id="drill-full-ids-note" data-testid="drill-full-ids-note">
                {t('reports.drill.fullIdsNote')}
              </p>
            )}
            {exportFile.isError && (
              <Alert tone="error" testId="drill-export-error">
                {describeError(exportFile.error, lang, t)}
              </Alert>
            )}
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t('reports.drill.name')}</th>
                    <th>{t('reports.drill.nationalId')}</th>
                    {!filter.model && <th>{t('reports.model')}</th>}
                    <th>{t('reports.drill.month')}</th>
                    <th>{t('reports.drill.source')}</th>
                    <th className="num">{t('reports.drill.income')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 && (
                    <tr>
                      <td colSpan={6} className="muted">
                        {t('reports.drill.empty')}
                      </td>
                    </tr>
                  )}
                  {data.items.map((r) => (
                    <tr key={`${r.sourceType}:${r.sourceId}:${r.month}`} data-testid="drill-row">
                      <td>{r.name}</td>
                      <td className="mono nowrap">{r.nationalId}</td>
                      {!filter.model && <td>{labels.model(r.model)}</td>}
                      <td className="nowrap">{labels.month(r.month)}</td>
                      <td>{sourceLabel(r.sourceType, t)}</td>
                      <td className="num mono">{formatBaht(satangOf(r.income), lang)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="sum-row" data-testid="drill-sum" data-persons={sum.persons} data-income={satangToBaht(sum.satang)}>
                    <th colSpan={filter.model ? 4 : 5}>
                      {t('reports.drill.sum', { persons: number.format(sum.persons), items: number.format(data.items.length) })}
                    </th>
                    <th className="num mono" data-testid="drill-sum-income">
                      {formatBaht(sum.satang, lang)}
                    </th>
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}

function sourceLabel(sourceType: string, t: TFunction): string {
  switch (sourceType) {
    case 'placement':
      return t('reports.sources.placement');
    case 'stipend':
      return t('reports.sources.stipend');
    case 'income_record':
      return t('reports.sources.income_record');
    default:
      return sourceType;
  }
}
