import { useState } from 'react';
import { useForm, useWatch, type Resolver, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ERROR_CODES } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { RESIDENT_FIELDS, type ResidentFormValues } from './form-values';
import { ProblemAlert, type SaveProblem } from './ProblemAlert';
import { ResidentFields } from './ResidentFields';
import { applyServerErrors } from '../ui/server-errors';

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
      {problem && <ProblemAlert problem={problem} onReload={onReload} />}
      <ResidentFields register={form.register} errors={errors} dates={{ birthDate, disabilityCardIssuedOn }} />
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

function problemOf(error: unknown, setError: UseFormSetError<ResidentFormValues>, duplicateText: string): SaveProblem {
  if (!(error instanceof ApiError)) return { kind: 'other', error };
  switch (error.code) {
    case ERROR_CODES.duplicateNationalId:
      setError('nationalId', { type: 'duplicate', message: duplicateText }, { shouldFocus: true });
      return { kind: 'duplicate', existingId: error.body.existingId };
    case ERROR_CODES.staleVersion:
      return { kind: 'stale' };
    case ERROR_CODES.validationFailed:
      return { kind: 'fields', errors: applyServerErrors(error, setError, RESIDENT_FIELDS) };
    default:
      return { kind: 'other', error };
  }
}
