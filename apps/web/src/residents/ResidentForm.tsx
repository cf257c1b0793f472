import { useState } from 'react';
import { useForm, useWatch, type Resolver, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ERROR_CODES } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { RESIDENT_FIELDS, type ResidentFormValues } from './form-values';
import { ResidentFields } from './ResidentFields';
import { problemOf as sharedProblemOf, SaveProblemAlert, type ProblemTestIds, type SaveProblem } from '../ui/SaveProblem';

/** The registry's journeys know these names. */
const TEST_IDS: ProblemTestIds = { conflict: 'duplicate-error', link: 'duplicate-link', reload: 'reload-resident' };

interface ResidentFormProps<TDto> {
  defaultValues: ResidentFormValues;
  /** Validates with the shared DTO and yields the transformed DTO. */
  resolver: Resolver<ResidentFormValues, unknown, TDto>;
  /** Sends the DTO; an ApiError it throws is shown on the form. */
  onSave: (dto: TDto) => Promise<void>;
  submitLabel: string;
  /** Offered when the server says the record changed since it was read. */
  onReload?: () => void;
}

/** Register / edit form of an elder: client rules from the shared DTO, server rules mapped back onto fields. */
export function ResidentForm<TDto>({ defaultValues, resolver, onSave, submitLabel, onReload }: ResidentFormProps<TDto>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<ResidentFormValues, unknown, TDto>({ resolver, defaultValues, mode: 'onTouched' });
  const { errors, isSubmitting } = form.formState;
  const [birthDate, disabilityCardIssuedOn] = useWatch({
    control: form.control,
    name: ['birthDate', 'disabilityCardIssuedOn'],
  });

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      await onSave(dto);
    } catch (error) {
      setProblem(problemOf(error, form.setError, t('residents.duplicate')));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="resident-form" data-testid="resident-form">
      {problem && <SaveProblemAlert problem={problem} onReload={onReload} testIds={TEST_IDS} />}
      <ResidentFields register={form.register} setValue={form.setValue} initialPrefix={defaultValues.prefix} errors={errors} dates={{ birthDate, disabilityCardIssuedOn }} />
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="save-resident">
          {submitLabel}
        </button>
        <Link to="/residents" className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** The shared handling, plus: a duplicate national ID is said on the field and in the form's own words. */
function problemOf(error: unknown, setError: UseFormSetError<ResidentFormValues>, duplicateText: string): SaveProblem {
  const problem = sharedProblemOf(error, setError, RESIDENT_FIELDS, (id) => `/residents/${id}`);
  if (error instanceof ApiError && error.code === ERROR_CODES.duplicateNationalId) {
    setError('nationalId', { type: 'duplicate', message: duplicateText }, { shouldFocus: true });
    return { kind: 'conflict', error, link: problem.kind === 'conflict' ? problem.link : undefined, message: duplicateText };
  }
  return problem;
}
