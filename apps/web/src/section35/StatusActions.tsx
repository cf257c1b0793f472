import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import {
  PLACEMENT_TRANSITIONS,
  UpdatePlacementDto,
  type PlacementStatus,
  type PlacementView,
} from '@elderwork/contracts';
import { placementsApi } from '../api/endpoints';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { requiring } from '../ui/form-utils';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';

interface TerminateForm {
  version: number;
  status: 'terminated';
  terminatedOn: string;
  terminationReason: string;
}

// Both are optional in the DTO (it also carries other changes) but required to terminate.
const terminateResolver = requiring(
  dtoResolver<TerminateForm, UpdatePlacementDto>(UpdatePlacementDto),
  { terminatedOn: undefined, terminationReason: undefined },
);

const ACTION: Record<Exclude<PlacementStatus, 'planned'>, { key: 'activate' | 'complete' | 'terminate'; testId: string }> = {
  active: { key: 'activate', testId: 'status-activate' },
  completed: { key: 'complete', testId: 'status-complete' },
  terminated: { key: 'terminate', testId: 'status-terminate' },
};

/** planned → active → completed, or terminated early with a date and a reason. */
export function StatusActions({ placement, onChanged }: { placement: PlacementView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [terminating, setTerminating] = useState(false);
  const next = PLACEMENT_TRANSITIONS[placement.status].filter((s): s is Exclude<PlacementStatus, 'planned'> => s !== 'planned');
  const form = useForm<TerminateForm, unknown, UpdatePlacementDto>({
    resolver: terminateResolver,
    defaultValues: { version: placement.version, status: 'terminated', terminatedOn: '', terminationReason: '' },
  });
  const terminatedOn = useWatch({ control: form.control, name: 'terminatedOn' });
  const { errors, isSubmitting } = form.formState;

  if (next.length === 0) return null;

  const move = async (status: PlacementStatus) => {
    setProblem(null);
    setBusy(true);
    try {
      await placementsApi.update(placement.id, { version: placement.version, status });
      onChanged();
    } catch (error) {
      setProblem(problemOf(error, form.setError, []));
    } finally {
      setBusy(false);
    }
  };

  const terminate = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      await placementsApi.update(placement.id, { ...dto, version: placement.version, status: 'terminated' });
      onChanged();
    } catch (error) {
      setProblem(problemOf(error, form.setError, ['terminatedOn', 'terminationReason']));
    }
  });

  return (
    <section className="card" data-testid="status-actions">
      <h2>{t('placement.actions')}</h2>
      {problem && <SaveProblemAlert problem={problem} onReload={onChanged} />}
      <div className="button-row">
        {next.map((status) =>
          status === 'terminated' ? (
            <button
              key={status}
              type="button"
              className="btn btn--danger"
              aria-expanded={terminating}
              onClick={() => setTerminating((open) => !open)}
              data-testid={ACTION[status].testId}
            >
              {t(`placement.${ACTION[status].key}`)}
            </button>
          ) : (
            <button
              key={status}
              type="button"
              className="btn btn--primary"
              disabled={busy}
              onClick={() => void move(status)}
              data-testid={ACTION[status].testId}
            >
              {t(`placement.${ACTION[status].key}`)}
            </button>
          ),
        )}
      </div>
      {terminating && (
        <form onSubmit={terminate} noValidate className="terminate-form" data-testid="terminate-form">
          <div className="grid">
            <Field name="terminatedOn" label={t('placement.terminatedOn')} error={errors.terminatedOn} hint={t('field.dateHint')} required>
              <DateInput
                name="terminatedOn"
                value={terminatedOn}
                registration={form.register('terminatedOn')}
                invalid={!!errors.terminatedOn}
              />
            </Field>
            <Field name="terminationReason" label={t('placement.terminationReason')} error={errors.terminationReason} required className="span-2">
              <textarea id="terminationReason" rows={2} maxLength={500} {...form.register('terminationReason')} />
            </Field>
          </div>
          <button type="submit" className="btn btn--danger" disabled={isSubmitting} data-testid="terminate-save">
            {t('placement.terminateSave')}
          </button>
        </form>
      )}
    </section>
  );
}
