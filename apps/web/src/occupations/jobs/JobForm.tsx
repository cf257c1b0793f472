import type { FieldError, Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { JOB_FIELD_LABELS, JOB_FIELDS, PHYSICAL_DEMAND_LABELS, PHYSICAL_DEMANDS, WEEKDAY_LABELS, WEEKDAYS } from '@elderwork/contracts';
import { useLabel, useLang } from '../../i18n';
import { useDtoForm } from '../../ui/forms';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { Field } from '../../ui/Field';
import { CheckGroup } from '../CheckGroup';
import type { JobFormValues } from './job-form';

interface JobFormProps<TDto> {
  defaultValues: JobFormValues;
  resolver: Resolver<JobFormValues, unknown, TDto>;
  /** Sends the checked DTO (a mutation) and goes on from there; a refusal comes back onto the fields. */
  onSave: (dto: TDto) => Promise<void>;
  /** Offered when someone else changed the record since it was read (409 STALE_VERSION): read it again. */
  onReload?: () => void;
  editing?: boolean;
  cancelTo: string;
}

/** A local job offered to elders: field (Kashiwa's five), who offers it, when, how heavy, how many, shared or not. */
export function JobForm<TDto>({ defaultValues, resolver, onSave, editing = false, cancelTo, onReload }: JobFormProps<TDto>) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const { form, onSubmit, problem, pending } = useDtoForm<JobFormValues, TDto>({ resolver, defaults: defaultValues, mutate: onSave, mode: 'onTouched' });
  const { errors } = form.formState;
  const invalid = (name: keyof JobFormValues) => (errors[name] ? true : undefined);

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="job-form">
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} />}
      <div className="grid">
        <Field name="title" label={t('occupations.jobs.jobTitle')} error={errors.title} required className="span-2">
          <input id="title" autoComplete="off" aria-invalid={invalid('title')} {...form.register('title')} />
        </Field>
        <Field name="field" label={t('occupations.jobs.field')} error={errors.field} required>
          <select id="field" aria-invalid={invalid('field')} {...form.register('field')}>
            <option value="">{t('occupations.jobs.chooseField')}</option>
            {JOB_FIELDS.map((f) => (
              <option key={f} value={f}>
                {label(JOB_FIELD_LABELS, f)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="physicalDemand" label={t('occupations.jobs.physicalDemand')} error={errors.physicalDemand} required>
          <select id="physicalDemand" aria-invalid={invalid('physicalDemand')} {...form.register('physicalDemand')}>
            <option value="">{t('occupations.jobs.chooseDemand')}</option>
            {PHYSICAL_DEMANDS.map((d) => (
              <option key={d} value={d}>
                {label(PHYSICAL_DEMAND_LABELS, d)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="organisation" label={t('occupations.jobs.organisation')} error={errors.organisation} required className="span-2">
          <input id="organisation" autoComplete="organization" aria-invalid={invalid('organisation')} {...form.register('organisation')} />
        </Field>
        <Field name="place" label={t('occupations.jobs.place')} error={errors.place} className="span-2">
          <input id="place" autoComplete="off" {...form.register('place')} />
        </Field>
        <Field name="startTime" label={t('occupations.jobs.startTime')} error={errors.startTime} required>
          <input id="startTime" type="time" aria-invalid={invalid('startTime')} {...form.register('startTime')} />
        </Field>
        <Field name="endTime" label={t('occupations.jobs.endTime')} error={errors.endTime} required>
          <input id="endTime" type="time" aria-invalid={invalid('endTime')} {...form.register('endTime')} />
        </Field>
        <Field name="slots" label={t('occupations.jobs.slots')} error={errors.slots} required>
          <input id="slots" inputMode="numeric" autoComplete="off" aria-invalid={invalid('slots')} {...form.register('slots')} />
        </Field>
        <div className="field field--check">
          <label htmlFor="shareable">
            <input id="shareable" type="checkbox" {...form.register('shareable')} />
            {t('occupations.jobs.shareable')}
          </label>
        </div>
        {editing && (
          <div className="field field--check">
            <label htmlFor="open">
              <input id="open" type="checkbox" {...form.register('open')} />
              {t('occupations.jobs.open')}
            </label>
          </div>
        )}
      </div>
      <CheckGroup
        name="weekdays"
        label={t('occupations.jobs.weekdays')}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: WEEKDAY_LABELS[d][lang] }))}
        registration={form.register('weekdays')}
        error={errors.weekdays as FieldError | undefined}
        required
      />
      <Field name="description" label={t('occupations.jobs.description')} error={errors.description}>
        <textarea id="description" rows={3} maxLength={2000} {...form.register('description')} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="job-save">
          {t('common.save')}
        </button>
        <Link to={cancelTo} className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
