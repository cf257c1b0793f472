import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseSessionView, EnrolmentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { useLang } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { ProblemText } from '../../ui/SaveProblem';
import { useAttendance } from '../queries';

interface AttendanceSheetProps {
  courseId: string;
  session: CourseSessionView;
  enrolments: EnrolmentView[];
  onClose: () => void;
}

/** The session's attendance sheet: tick the elders present and save; the list sent replaces the session's. */
export function AttendanceSheet({ courseId, session, enrolments, onClose }: AttendanceSheetProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [present, setPresent] = useState<Set<string>>(() => new Set(session.presentResidentIds));
  const attendance = useAttendance(courseId, session.id);
  const busy = attendance.isPending;
  const error = attendance.error;
  const [saved, setSaved] = useState<number | null>(null);
  const sheet = useRef<HTMLElement>(null);
  // Opened from the sessions table below: bring the sheet into view.
  useEffect(() => {
    sheet.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, []);

  const toggle = (residentId: string) => {
    setSaved(null);
    setPresent((current) => {
      const next = new Set(current);
      if (next.has(residentId)) next.delete(residentId);
      else next.add(residentId);
      return next;
    });
  };
  const setAll = (all: boolean) => {
    setSaved(null);
    setPresent(new Set(all ? enrolments.map((e) => e.resident.id) : []));
  };

  const save = () => {
    // In the enrolment list's order, so the request reads like the sheet.
    const residentIds = enrolments.map((e) => e.resident.id).filter((rid) => present.has(rid));
    attendance.mutate(residentIds, { onSuccess: (result) => setSaved(result.presentResidentIds.length) });
  };

  return (
    <section ref={sheet} className="card attendance-sheet" data-testid="attendance-sheet" aria-labelledby="attendance-title">
      <div className="occ-card-head">
        <h2 id="attendance-title">{t('occupations.attendance.title', { date: formatDate(session.date, lang, 'long') })}</h2>
        <button type="button" className="btn btn--ghost btn--small" onClick={onClose} data-testid="attendance-close">
          {t('occupations.attendance.close')}
        </button>
      </div>
      {!session.held ? (
        <p className="muted" data-testid="attendance-not-held">
          {t('occupations.attendance.notHeld')}
        </p>
      ) : enrolments.length === 0 ? (
        <p className="muted">{t('occupations.attendance.noEnrolments')}</p>
      ) : (
        <>
          <div className="button-row">
            <button type="button" className="btn btn--small" onClick={() => setAll(true)} data-testid="attendance-all">
              {t('occupations.attendance.all')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setAll(false)} data-testid="attendance-clear">
              {t('occupations.attendance.clear')}
            </button>
            <span className="muted" data-testid="attendance-count">
              {t('occupations.attendance.count', { present: present.size, total: enrolments.length })}
            </span>
          </div>
          <ul className="attendance-list">
            {enrolments.map((e) => (
              <li key={e.resident.id}>
                <label htmlFor={`attend-${e.resident.id}`}>
                  <input
                    type="checkbox"
                    id={`attend-${e.resident.id}`}
                    checked={present.has(e.resident.id)}
                    onChange={() => toggle(e.resident.id)}
                    data-testid={`attend-${e.resident.id}`}
                  />
                  <span>{e.resident.name}</span>
                  <span className="mono muted">{formatNationalId(e.resident.nationalId)}</span>
                </label>
              </li>
            ))}
          </ul>
          {error !== null && <ProblemText error={error} testId="attendance-error" />}
          {saved !== null && (
            <Alert tone="success" testId="attendance-flash">
              {t('occupations.attendance.saved', { count: saved })}
            </Alert>
          )}
          <button type="button" className="btn btn--primary" onClick={save} disabled={busy} data-testid="attendance-save">
            {t('occupations.attendance.save')}
          </button>
        </>
      )}
    </section>
  );
}
