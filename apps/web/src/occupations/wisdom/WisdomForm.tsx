import { useState } from 'react';
import { useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WISDOM_BRANCH_LABELS, WISDOM_BRANCHES, type ResidentView, type WisdomBranch } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { useLabel } from '../../i18n';
import { toBeInput } from '../../i18n/format';
import { useDtoForm } from '../../ui/forms';
import { SaveProblemAlert } from '../../ui/SaveProblem';
import { DateInput } from '../../ui/DateInput';
import { Field } from '../../ui/Field';
import { ElderPicker } from '../../ui/ElderPicker';

/** The wisdom-bank form as typed (form คปญ.1). */
export interface WisdomFormValues {
  residentId: string;
  branch: WisdomBranch | '';
  title: string;
  description: string;
  yearsOfExperience: string;
  willingToTeach: boolean;
  registeredOn: string;
}

export const EMPTY_WISDOM: WisdomFormValues = {
  residentId: '',
  branch: '',
  title: '',
  description: '',
  yearsOfExperience: '',
  willingToTeach: true,
  registeredOn: '',
};

interface WisdomFormProps<TDto> {
  defaultValues: WisdomFormValues;
  resolver: Resolver<WisdomFormValues, unknown, TDto>;
  /** Sends the checked DTO (a mutation) and goes on from there; a refusal comes back onto the fields. */
  onSave: (dto: TDto) => Promise<void>;
  /** Offered when someone else changed the record since it was read (409 STALE_VERSION): read it again. */
  onReload?: () => void;
  /** Editing: the elder is fixed and shown by name. */
  elder?: { name: string };
}

/** One registration in the wisdom bank: the elder, the branch, what they know, and when it was (re)registered. */
export function WisdomForm<TDto>({ defaultValues, resolver, onSave, elder, onReload }: WisdomFormProps<TDto>) {
  const { t } = useTranslation();
  const label = useLabel();
  const [chosen, setChosen] = useState<ResidentView | null>(null);
  const { form, onSubmit, problem, pending } = useDtoForm<WisdomFormValues, TDto>({ resolver, defaults: defaultValues, mutate: onSave, mode: 'onTouched' });
  const { errors, isSubmitted } = form.formState;
  const registeredOn = useWatch({ control: form.control, name: 'registeredOn' });
  const invalid = (name: keyof WisdomFormValues) => (errors[name] ? true : undefined);

  const choose = (resident: ResidentView | null) => {
    setChosen(resident);
    form.setValue('residentId', resident?.id ?? '', { shouldValidate: isSubmitted });
  };

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="wisdom-form">
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} />}
      {elder ? (
        <fieldset className="elder-picker" data-testid="elder-picker">
          <legend>{t('occupations.elder.legend')}</legend>
          <p className="elder-selected" data-testid="elder-selected">
            <strong>{elder.name}</strong>
          </p>
        </fieldset>
      ) : (
        <ElderPicker
          name="residentId"
          legend={t('occupations.elder.legend')}
          selected={chosen}
          onSelect={choose}
          error={errors.residentId}
        />
      )}
      <input type="hidden" {...form.register('residentId')} />
      <div className="grid">
        <Field name="branch" label={t('occupations.wisdom.branch')} error={errors.branch} required className="span-2">
          <select id="branch" aria-invalid={invalid('branch')} {...form.register('branch')}>
            <option value="">{t('occupations.wisdom.chooseBranch')}</option>
            {WISDOM_BRANCHES.map((b) => (
              <option key={b} value={b}>
                {label(WISDOM_BRANCH_LABELS, b)}
              </option>
            ))}
          </select>
        </Field>
        <Field name="title" label={t('occupations.wisdom.wisdomTitle')} error={errors.title} required className="span-2">
          <input id="title" autoComplete="off" aria-invalid={invalid('title')} {...form.register('title')} />
        </Field>
        <Field name="description" label={t('occupations.wisdom.description')} error={errors.description} className="span-2">
          <textarea id="description" rows={3} maxLength={2000} {...form.register('description')} />
        </Field>
        <Field name="yearsOfExperience" label={t('occupations.wisdom.yearsOfExperience')} error={errors.yearsOfExperience}>
          <input id="yearsOfExperience" inputMode="numeric" autoComplete="off" aria-invalid={invalid('yearsOfExperience')} {...form.register('yearsOfExperience')} />
        </Field>
        <div className="field field--check">
          <label htmlFor="willingToTeach">
            <input id="willingToTeach" type="checkbox" {...form.register('willingToTeach')} />
            {t('occupations.wisdom.willingToTeach')}
          </label>
        </div>
        <Field name="registeredOn" label={t('occupations.wisdom.registeredOn')} error={errors.registeredOn} hint={t('occupations.wisdom.registeredHint')}>
          <DateInput name="registeredOn" value={registeredOn} registration={form.register('registeredOn')} invalid={!!errors.registeredOn} />
          {elder && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => form.setValue('registeredOn', toBeInput(todayInBangkok()), { shouldDirty: true })}
              data-testid="wisdom-renew"
            >
              {t('occupations.wisdom.renewToday')}
            </button>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={pending} data-testid="wisdom-save">
          {t('common.save')}
        </button>
        <Link to="/occupations/wisdom" className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
