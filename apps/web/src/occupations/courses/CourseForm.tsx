import { useWatch, type FieldError, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  COURSE_KIND_LABELS,
  COURSE_KINDS,
  JOB_FIELD_LABELS,
  JOB_FIELDS,
  SCHOOL_SUBJECT_LABELS,
  SCHOOL_SUBJECTS,
  sessionDates,
  WEEKDAY_LABELS,
  WEEKDAYS,
} from '@elderwork/contracts';
import { parseThaiDate } from '@elderwork/thai';
import { useLabel, useLang } from '../../i18n';
import { useDtoForm } from '../../ui/forms';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { CheckGroup } from '../CheckGroup';
import type { CourseFormValues } from './course-form';

interface CourseFormProps<TDto> {
  defaultValues: CourseFormValues;
  resolver: Resolver<CourseFormValues, unknown, TDto>;
  /** Sends the checked DTO (a mutation) and goes on from there; a refusal comes back onto the fields. */
  onSave: (dto: TDto) => Promise<void>;
  /** Offered when someone else changed the record since it was read (409 STALE_VERSION): read it again. */
  onReload?: () => void;
  /** Attendance is recorded: the schedule fields are locked (sessions are then edited one by one). */
  scheduleLocked?: boolean;
  cancelTo: string;
}

/** A course or an elderly-school term: what it teaches, its weekly schedule, its partners and completion threshold. */
export function CourseForm<TDto>({ defaultValues, resolver, onSave, scheduleLocked = false, cancelTo, onReload }: CourseFormProps<TDto>) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const { form, onSubmit, problem, pending } = useDtoForm<CourseFormValues, TDto>({ resolver, defaults: defaultValues, mutate: onSave, mode: 'onTouched' });
  const { errors } = form.formState;
  const [startDate, endDate, weekdays] = useWatch({ control: form.control, name: ['startDate', 'endDate', 'weekdays'] });
  const invalid = (name: keyof CourseFormValues) => (errors[name] ? true : undefined);
  const start = parseThaiDate(startDate ?? '');
  const end = parseThaiDate(endDate ?? '');
  const preview = start && end ? sessionDates(start, end, (weekdays ?? []).map(Number)).length : null;
  const locked = { disabled: scheduleLocked };

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="course-form">
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} />}
      <div className="grid">
        <Field name="kind" label={t('occupations.courses.kind')} error={errors.kind} required>
          <select id="kind" aria-invalid={invalid('kind')} {...form.register('kind')}>
            <option value="">{t('occupations.courses.chooseKind')}</option>
            {COURSE_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(COURSE_KIND_LABELS, k)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="title" label={t('occupations.courses.courseTitle')} error={errors.title} required className="span-2">
          <input id="title" autoComplete="off" aria-invalid={invalid('title')} {...form.register('title')} />
        </Field>
        <Field name="description" label={t('occupations.courses.description')} error={errors.description} className="span-2">
          <textarea id="description" rows={2} maxLength={2000} {...form.register('description')} />
        </Field>
      </div>
      <CheckGroup
        name="subjects"
        label={t('occupations.courses.subjects')}
        options={SCHOOL_SUBJECTS.map((s) => ({ value: s, label: label(SCHOOL_SUBJECT_LABELS, s) }))}
        registration={form.register('subjects')}
        error={errors.subjects as FieldError | undefined}
      />
      <CheckGroup
        name="jobFields"
        label={t('occupations.courses.jobFields')}
        options={JOB_FIELDS.map((f) => ({ value: f, label: label(JOB_FIELD_LABELS, f) }))}
        registration={form.register('jobFields')}
        error={errors.jobFields as FieldError | undefined}
      />
      <fieldset>
        <legend>{t('occupations.courses.sectionSchedule')}</legend>
        {scheduleLocked && (
          <p className="muted" data-testid="schedule-locked">
            {t('occupations.courses.scheduleLockedHint')}
          </p>
        )}
        <div className="grid">
          <Field name="startDate" label={t('occupations.courses.startDate')} error={errors.startDate} hint={t('field.dateHint')} required>
            <DateInput name="startDate" value={startDate ?? ''} registration={form.register('startDate', locked)} invalid={!!errors.startDate} />
          </Field>
          <Field name="endDate" label={t('occupations.courses.endDate')} error={errors.endDate} hint={t('field.dateHint')} required>
            <DateInput name="endDate" value={endDate ?? ''} registration={form.register('endDate', locked)} invalid={!!errors.endDate} />
          </Field>
          <Field name="startTime" label={t('occupations.courses.startTime')} error={errors.startTime} required>
            <input id="startTime" type="time" aria-invalid={invalid('startTime')} {...form.register('startTime', locked)} />
          </Field>
          <Field name="hoursPerSession" label={t('occupations.courses.hoursPerSession')} error={errors.hoursPerSession} required>
            <input id="hoursPerSession" inputMode="decimal" autoComplete="off" aria-invalid={invalid('hoursPerSession')} {...form.register('hoursPerSession', locked)} />
          </Field>
        </div>
        <CheckGroup
          name="weekdays"
          label={t('occupations.courses.weekdays')}
          options={WEEKDAYS.map((d) => ({ value: String(d), label: WEEKDAY_LABELS[d][lang] }))}
          registration={form.register('weekdays', locked)}
          error={errors.weekdays as FieldError | undefined}
          required
        />
        {preview !== null && !scheduleLocked && (
          <p className="muted" data-testid="sessions-preview" data-count={preview}>
            {t('occupations.courses.sessionsPreview', { count: preview })}
          </p>
        )}
      </fieldset>
      <div className="grid">
        <Field
          name="partnerOrganisations"
          label={t('occupations.courses.partnerOrganisations')}
          error={errors.partnerOrganisations}
          hint={t('occupations.courses.partnerHint')}
          className="span-2"
        >
          <textarea id="partnerOrganisations" rows={3} aria-describedby="partnerOrganisations-hint" {...form.register('partnerOrganisations')} />
        </Field>
        <Field name="place" label={t('occupations.courses.place')} error={errors.place}>
          <input id="place" autoComplete="off" {...form.register('place')} />
        </Field>
        <Field
          name="completionThreshold"
          label={t('occupations.courses.completionThreshold')}
          error={errors.completionThreshold}
          hint={t('occupations.courses.completionHint')}
        >
          <input
            id="completionThreshold"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={invalid('completionThreshold')}
            aria-describedby="completionThreshold-hint"
            {...form.register('completionThreshold')}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="course-save">
          {t('common.save')}
        </button>
        <Link to={cancelTo} className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
