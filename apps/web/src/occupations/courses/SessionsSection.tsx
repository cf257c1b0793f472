import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseDetailView, CourseSessionView } from '@elderwork/contracts';
import { useLang } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { formatCount, formatHours } from '../format';
import { ProblemText } from '../../ui/SaveProblem';
import { useUpdateSession } from '../queries';
import { MakeUpSessionForm } from './MakeUpSessionForm';

interface SessionsSectionProps {
  course: CourseDetailView;
  openSheet: (sessionId: string) => void;
}

/** The course's sessions: held, upcoming or cancelled, each with its attendance sheet; cancel, restore, add a make-up. */
export function SessionsSection({ course, openSheet }: SessionsSectionProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const update = useUpdateSession(course.id);
  const busy = update.isPending;
  const error = update.error;

  const setCancelled = (session: CourseSessionView, cancelled: boolean) =>
    update.mutate(
      { sessionId: session.id, dto: cancelled ? { cancelled, note: note.trim() || null } : { cancelled } },
      {
        onSuccess: () => {
          setCancelling(null);
          setNote('');
        },
      },
    );

  return (
    <section className="card" data-testid="sessions">
      <h2>
        {t('occupations.course.sessions')} <small className="muted">({formatCount(course.sessions.length)})</small>
      </h2>
      {error !== null && <ProblemText error={error} testId="session-error" />}
      <div className="table-wrap">
        <table data-testid="session-table">
          <thead>
            <tr>
              <th>{t('occupations.course.sessionCol.date')}</th>
              <th>{t('occupations.course.sessionCol.time')}</th>
              <th className="num">{t('occupations.course.sessionCol.hours')}</th>
              <th>{t('occupations.course.sessionCol.status')}</th>
              <th className="num">{t('occupations.course.sessionCol.present')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {course.sessions.map((s) => (
              <tr key={s.id} data-testid="session-row" data-session={s.id} data-held={s.held} className={s.cancelled ? 'inactive' : undefined}>
                <td className="nowrap">{formatDate(s.date, lang)}</td>
                <td>{s.startTime}</td>
                <td className="num">{formatHours(s.hours)}</td>
                <td>
                  <SessionStatus session={s} />
                  {s.note && <span className="muted"> · {s.note}</span>}
                </td>
                <td className="num">{s.held ? formatCount(s.presentResidentIds.length) : '–'}</td>
                <td className="nowrap">
                  {s.held && (
                    <button type="button" className="btn btn--small" onClick={() => openSheet(s.id)} data-testid={`session-attendance-${s.id}`}>
                      {t('occupations.course.takeAttendance')}
                    </button>
                  )}{' '}
                  {s.cancelled ? (
                    <button type="button" className="btn btn--small btn--ghost" disabled={busy} onClick={() => setCancelled(s, false)} data-testid={`session-restore-${s.id}`}>
                      {t('occupations.course.restore')}
                    </button>
                  ) : (
                    s.presentResidentIds.length === 0 &&
                    (cancelling === s.id ? (
                      <span className="inline-form">
                        <input
                          aria-label={t('occupations.course.cancelNote')}
                          placeholder={t('occupations.course.cancelNote')}
                          value={note}
                          maxLength={500}
                          onChange={(e) => setNote(e.target.value)}
                          data-testid="session-cancel-note"
                        />
                        <button type="button" className="btn btn--small btn--danger" disabled={busy} onClick={() => setCancelled(s, true)} data-testid="session-cancel-confirm">
                          {t('occupations.course.cancel')}
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="btn btn--small btn--ghost" onClick={() => setCancelling(s.id)} data-testid={`session-cancel-${s.id}`}>
                        {t('occupations.course.cancel')}
                      </button>
                    ))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MakeUpSessionForm courseId={course.id} />
    </section>
  );
}

function SessionStatus({ session }: { session: CourseSessionView }) {
  const { t } = useTranslation();
  if (session.cancelled) return <span className="badge badge--terminated">{t('occupations.course.cancelled')}</span>;
  if (session.held) return <span className="badge badge--ok">{t('occupations.course.held')}</span>;
  return <span className="badge badge--planned">{t('occupations.course.upcoming')}</span>;
}
