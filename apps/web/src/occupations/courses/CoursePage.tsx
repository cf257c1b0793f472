import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { COURSE_KIND_LABELS, COURSE_STATUS_LABELS, JOB_FIELD_LABELS, SCHOOL_SUBJECT_LABELS, type CourseDetailView } from '@elderwork/contracts';
import { useLabel, useLang } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { LoadError } from '../../ui/LoadError';
import { formatCount, formatHours, formatWeekdays } from '../format';
import { useCourse } from '../queries';
import { AttendanceSheet } from './AttendanceSheet';
import { EnrolmentsSection } from './EnrolmentsSection';
import { SessionsSection } from './SessionsSection';

/** One course: its schedule, its students (completion, follow-up), its sessions and their attendance sheets. */
export function CoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useLabel();
  const location = useLocation();
  // Every change invalidates it: attendance, completion and the version are the server's.
  const query = useCourse(id);
  const course = query.data;
  const [sheetFor, setSheetFor] = useState<string | null>(null);
  const saved = (location.state as { saved?: boolean } | null)?.saved;

  if (query.isError) return <LoadError query={query} />;
  if (!course) return <p className="page-loading">{t('common.loading')}</p>;
  const session = course.sessions.find((s) => s.id === sheetFor);

  return (
    <section data-testid="course-page">
      <div className="page-head">
        <h1>
          {course.title}
          <small className="muted" data-testid="course-progress">
            {t('occupations.course.progress', { held: formatCount(course.sessionsHeld), planned: formatCount(course.sessionsPlanned) })}
            {' · '}
            <span data-testid="course-status" data-status={course.status}>
              {label(COURSE_STATUS_LABELS, course.status)}
            </span>
          </small>
        </h1>
        <Link to={`/occupations/courses/${course.id}/edit`} className="btn" data-testid="course-edit">
          {t('occupations.course.edit')}
        </Link>
      </div>
      {saved && (
        <Alert tone="success" testId="flash">
          {t('occupations.courses.saved')}
        </Alert>
      )}
      <CourseDetails course={course} />
      {session && (
        <AttendanceSheet
          key={session.id}
          courseId={course.id}
          session={session}
          enrolments={course.enrolments}
          onClose={() => setSheetFor(null)}
        />
      )}
      <EnrolmentsSection course={course} />
      <SessionsSection course={course} openSheet={setSheetFor} />
    </section>
  );
}

function CourseDetails({ course: c }: { course: CourseDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  return (
    <section className="card">
      <h2>{t('occupations.course.details')}</h2>
      <dl className="details">
        <dt>{t('occupations.courses.kind')}</dt>
        <dd data-testid="course-kind">{label(COURSE_KIND_LABELS, c.kind)}</dd>
        <dt>{t('occupations.courses.col.dates')}</dt>
        <dd>
          {formatDate(c.startDate, lang, 'long')} – {formatDate(c.endDate, lang, 'long')}
        </dd>
        <dt>{t('occupations.courses.sectionSchedule')}</dt>
        <dd data-testid="course-schedule">
          {t('occupations.course.schedule', { days: formatWeekdays(c.weekdays, lang), time: c.startTime, hours: formatHours(c.hoursPerSession) })}
        </dd>
        {c.subjects.length > 0 && (
          <>
            <dt>{t('occupations.courses.subjects')}</dt>
            <dd>{c.subjects.map((s) => label(SCHOOL_SUBJECT_LABELS, s)).join(' · ')}</dd>
          </>
        )}
        {c.jobFields.length > 0 && (
          <>
            <dt>{t('occupations.courses.jobFields')}</dt>
            <dd>{c.jobFields.map((f) => label(JOB_FIELD_LABELS, f)).join(' · ')}</dd>
          </>
        )}
        {c.partnerOrganisations.length > 0 && (
          <>
            <dt>{t('occupations.courses.partnerOrganisations')}</dt>
            <dd>
              <ul className="plain-list">
                {c.partnerOrganisations.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {c.place && (
          <>
            <dt>{t('occupations.courses.place')}</dt>
            <dd>{c.place}</dd>
          </>
        )}
        <dt>{t('occupations.courses.completionThreshold')}</dt>
        <dd>{t('occupations.course.threshold', { percent: Math.round(c.completionThreshold * 100) })}</dd>
        <dt>{t('occupations.courses.col.enrolled')}</dt>
        <dd data-testid="course-counts">
          {formatCount(c.enrolled)} {t('occupations.persons')} · {t('occupations.courses.col.completed')} {formatCount(c.completed)}{' '}
          {t('occupations.persons')}
        </dd>
        {c.description && (
          <>
            <dt>{t('occupations.courses.description')}</dt>
            <dd>{c.description}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
