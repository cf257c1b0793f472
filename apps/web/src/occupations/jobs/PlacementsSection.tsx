import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInBangkok } from '@elderwork/thai';
import type { JobDetailView, JobPlacementView } from '@elderwork/contracts';
import { useLang } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { formatMoney } from '../../ui/money';
import { PlacementIncomeForm } from './PlacementIncomeForm';

/** Elders placed in the job, their dates, and the income recorded as following from it. */
export function PlacementsSection({ job }: { job: JobDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [recording, setRecording] = useState<string | null>(null);
  const current = job.placements.find((p) => p.id === recording);

  return (
    <section className="card" data-testid="job-placements">
      <h2>{t('occupations.job.placements')}</h2>
      {job.placements.length === 0 ? (
        <p className="muted">{t('occupations.job.noPlacements')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('occupations.job.col.elder')}</th>
                <th>{t('occupations.job.col.period')}</th>
                <th>{t('occupations.job.col.status')}</th>
                <th className="num">{t('occupations.job.col.income')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {job.placements.map((p) => (
                <tr key={p.id} data-testid="job-placement-row" data-placement={p.id}>
                  <td>{p.resident.name}</td>
                  <td className="nowrap">
                    {formatDate(p.from, lang)} – {p.to ? formatDate(p.to, lang) : t('occupations.job.openEnded')}
                  </td>
                  <td>
                    <PlacementStatus placement={p} />
                  </td>
                  <td className="num mono" data-testid="placement-income">
                    {formatMoney(p.income, lang)}
                  </td>
                  <td>
                    <button type="button" className="btn btn--small" onClick={() => setRecording(p.id)} data-testid={`record-income-${p.id}`}>
                      {t('occupations.job.recordIncome')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && (
        <PlacementIncomeForm
          key={current.id}
          placement={current}
          onSaved={() => setRecording(null)}
          onCancel={() => setRecording(null)}
        />
      )}
    </section>
  );
}

function PlacementStatus({ placement: p }: { placement: JobPlacementView }) {
  const { t } = useTranslation();
  if (p.active) return <span className="badge badge--ok">{t('occupations.job.active')}</span>;
  if (p.from > todayInBangkok()) return <span className="badge badge--planned">{t('occupations.job.notStarted')}</span>;
  return <span className="badge">{t('occupations.job.ended')}</span>;
}
