import { useTranslation } from 'react-i18next';
import type { CourseDetailView, EnrolmentView, ResidentView } from '@elderwork/contracts';
import { formatNationalId } from '@elderwork/thai';
import { ElderPicker } from '../../ui/ElderPicker';
import { formatCount, formatRate } from '../format';
import { ProblemText } from '../../ui/SaveProblem';
import { useEnrol, useUnenrol } from '../queries';
import { FollowUpEditor } from './FollowUpEditor';

/** The course's students: enrol from the registry, attendance and completion, and each graduate's follow-up. */
export function EnrolmentsSection({ course }: { course: CourseDetailView }) {
  const { t } = useTranslation();
  const enrolMutation = useEnrol(course.id);
  const unenrolMutation = useUnenrol(course.id);
  const busy = enrolMutation.isPending || unenrolMutation.isPending;
  // The last refusal of either action (each clears the other's when it starts).
  const error = enrolMutation.error ?? unenrolMutation.error;
  const enrolledIds = new Set(course.enrolments.map((e) => e.resident.id));

  const enrol = (r: ResidentView) => {
    unenrolMutation.reset();
    enrolMutation.mutate([r.id]);
  };
  const unenrol = (e: EnrolmentView) => {
    enrolMutation.reset();
    unenrolMutation.mutate(e.resident.id);
  };

  return (
    <section className="card" data-testid="enrolments">
      <h2>
        {t('occupations.course.enrolments')} <small className="muted">({formatCount(course.enrolled)})</small>
      </h2>
      <details className="enrol-box">
        <summary data-testid="enrol-open">{t('occupations.course.enrolHint')}</summary>
        <ElderPicker multiple onChoose={enrol} chosenIds={enrolledIds} busy={busy} />
      </details>
      {error !== null && <ProblemText error={error} testId="enrol-error" />}
      {course.enrolments.length === 0 ? (
        <p className="muted">{t('occupations.course.noEnrolments')}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="enrolment-table">
            <thead>
              <tr>
                <th>{t('occupations.course.col.elder')}</th>
                <th className="num">{t('occupations.course.col.attended')}</th>
                <th className="num">{t('occupations.course.col.rate')}</th>
                <th>{t('occupations.course.col.status')}</th>
                <th>{t('occupations.course.col.followUp')}</th>
              </tr>
            </thead>
            <tbody>
              {course.enrolments.map((e) => (
                <tr key={e.resident.id} data-testid="enrolment-row" data-resident={e.resident.id}>
                  <td>
                    {e.resident.name}
                    <br />
                    <span className="mono muted">{formatNationalId(e.resident.nationalId)}</span>
                  </td>
                  <td className="num">
                    {formatCount(e.attended)}/{formatCount(e.held)}
                  </td>
                  <td className="num">{formatRate(e.attendanceRate)}</td>
                  <td>
                    <CompletionBadge enrolment={e} ended={course.ended} />
                    {e.attended === 0 && (
                      <button
                        type="button"
                        className="btn btn--link"
                        disabled={busy}
                        onClick={() => unenrol(e)}
                        data-testid={`unenrol-${e.resident.id}`}
                      >
                        {t('occupations.course.unenrol')}
                      </button>
                    )}
                  </td>
                  <td>{e.completed ? <FollowUpEditor courseId={course.id} enrolment={e} /> : <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function CompletionBadge({ enrolment, ended }: { enrolment: EnrolmentView; ended: boolean }) {
  const { t } = useTranslation();
  if (enrolment.completed)
    return (
      <span className="badge badge--ok" data-testid="completed-badge" data-completed="true">
        {t('occupations.course.completed')}
      </span>
    );
  return (
    <span className="badge" data-testid="completed-badge" data-completed="false">
      {ended ? t('occupations.course.notCompleted') : t('occupations.course.notYet')}
    </span>
  );
}
