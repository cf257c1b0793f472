import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEX_LABELS, type JobDetailView, type JobMatchView } from '@elderwork/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useLabel, useLang } from '../../i18n';
import { LoadError } from '../../ui/LoadError';
import { PlaceForm } from './PlaceForm';

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

interface MatchesSectionProps {
  job: JobDetailView;
  matches: UseQueryResult<JobMatchView[]>;
}

/**
 * The LAO's elders ranked by fit for the job, each reason in words (Thai, or English in the English UI)
 * with what it added to (or took from) the score.
 */
export function MatchesSection({ job, matches }: MatchesSectionProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const lang = useLang();
  const [placing, setPlacing] = useState<string | null>(null);

  return (
    <section className="card" data-testid="matches">
      <h2>{t('occupations.job.matches')}</h2>
      <p className="muted">{t('occupations.job.matchesHint')}</p>
      {!job.open && <p className="muted">{t('occupations.job.closedJob')}</p>}
      {matches.isError && <LoadError query={matches} />}
      {matches.isPending && <p className="page-loading">{t('common.loading')}</p>}
      {matches.data && matches.data.length === 0 && (
        <p className="empty" data-testid="no-matches">
          {t('occupations.job.noMatches')}
        </p>
      )}
      {matches.data && matches.data.length > 0 && (
        <ol className="match-list" aria-busy={matches.isFetching}>
          {matches.data.map((m) => (
            <li key={m.residentId} className="match" data-testid="match-row" data-resident={m.residentId} data-score={m.score}>
              <div className="match-head">
                <span>
                  <strong data-testid="match-name">{m.name}</strong>{' '}
                  <span className="muted">
                    {label(SEX_LABELS, m.sex)} · {t('occupations.job.age', { age: m.age })}
                  </span>
                </span>
                <span className="badge badge--ok" data-testid="match-score">
                  {t('occupations.job.score', { score: m.score })}
                </span>
              </div>
              <ul className="match-reasons">
                {m.reasons.map((r, i) => (
                  <li key={`${r.code}-${i}`} data-testid="match-reason" data-code={r.code} data-points={r.points}>
                    <span className={`match-points${r.points < 0 ? ' match-points--minus' : ''}`}>{signed(r.points)}</span> {lang === 'en' ? r.en : r.text}
                  </li>
                ))}
              </ul>
              {job.open &&
                (placing === m.residentId ? (
                  <PlaceForm
                    jobId={job.id}
                    match={m}
                    onCancel={() => setPlacing(null)}
                    onPlaced={() => setPlacing(null)}
                  />
                ) : (
                  <button type="button" className="btn btn--small" onClick={() => setPlacing(m.residentId)} data-testid={`place-${m.residentId}`}>
                    {t('occupations.job.place')}
                  </button>
                ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
