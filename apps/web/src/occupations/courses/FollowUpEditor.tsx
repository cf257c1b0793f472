import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_OUTCOME_LABELS, FOLLOW_UP_OUTCOMES, type EnrolmentView, type FollowUpOutcome } from '@elderwork/contracts';
import { useLabel } from '../../i18n';
import { ProblemText } from '../../ui/SaveProblem';
import { useFollowUp } from '../queries';

const outcomeOf = (value: string): FollowUpOutcome | null => FOLLOW_UP_OUTCOMES.find((o) => o === value) ?? null;

/** What a graduate went on to do (earning, volunteering, teaching): Nagano's senior-university follow-up. */
export function FollowUpEditor({ courseId, enrolment }: { courseId: string; enrolment: EnrolmentView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const rid = enrolment.resident.id;
  const [followUp, setFollowUp] = useState<string>(enrolment.followUp ?? '');
  const [note, setNote] = useState(enrolment.followUpNote ?? '');
  const [saved, setSaved] = useState(false);
  const update = useFollowUp(courseId, rid);
  const busy = update.isPending;
  const error = update.error;

  const save = () => {
    setSaved(false);
    update.mutate({ followUp: outcomeOf(followUp), followUpNote: note.trim() || null }, { onSuccess: () => setSaved(true) });
  };

  return (
    <div className="follow-up">
      <select
        aria-label={t('occupations.course.col.followUp')}
        value={followUp}
        onChange={(e) => {
          setFollowUp(e.target.value);
          setSaved(false);
        }}
        data-testid={`followup-${rid}`}
      >
        <option value="">{t('occupations.course.followUpNone')}</option>
        {FOLLOW_UP_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {label(FOLLOW_UP_OUTCOME_LABELS, o)}
          </option>
        ))}
      </select>
      <input
        aria-label={t('occupations.course.followUpNote')}
        placeholder={t('occupations.course.followUpNote')}
        value={note}
        maxLength={500}
        onChange={(e) => {
          setNote(e.target.value);
          setSaved(false);
        }}
        data-testid={`followup-note-${rid}`}
      />
      <button type="button" className="btn btn--small" onClick={save} disabled={busy} data-testid={`followup-save-${rid}`}>
        {t('occupations.course.followUpSave')}
      </button>
      {saved && (
        <span className="badge badge--ok" role="status" data-testid={`followup-saved-${rid}`}>
          {t('occupations.course.followUpSaved')}
        </span>
      )}
      {error !== null && <ProblemText error={error} testId={`followup-error-${rid}`} />}
    </div>
  );
}
