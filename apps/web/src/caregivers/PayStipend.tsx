import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MarkStipendPaidDto, type StipendView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { ApiError } from '../api/client';
import { useLang } from '../i18n';
import { toBeInput } from '../i18n/format';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { DateInput } from '../ui/DateInput';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { formatMoney } from '../ui/money';
import { formatMonth } from './month';
import { useMarkStipendPaid } from './queries';

/** The visit days and norm the confirmation states: the stipend's, or those of the server's 409. */
interface BelowNorm {
  days: number;
  norm: number;
}

/** The days/norm of a 409 stipendBelowNorm (the visits were counted again when paying), or null. */
function belowNormOf(error: unknown): BelowNorm | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const refusal = error.body.errors?.find((e) => e.code === 'stipendBelowNorm');
  if (!refusal) return null;
  return { days: Number(refusal.params?.['days'] ?? 0), norm: Number(refusal.params?.['norm'] ?? 0) };
}

/**
 * Mark one stipend paid (once only: 409 STIPEND_ALREADY_PAID says when it was). Below the visit
 * norm it asks first, stating the days and the norm, and then pays in full with confirmBelowNorm
 * (decision 0039).
 */
export function PayStipend({ stipend, onPaid }: { stipend: StipendView; onPaid: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [asking, setAsking] = useState<BelowNorm | null>(null);
  // Set by the confirmation's button for the submit it starts: pay in full although below the norm.
  const confirmNext = useRef(false);
  const markPaid = useMarkStipendPaid(stipend.id);
  const { form, onSubmit, problem, pending } = useDtoForm<{ paidOn: string }, MarkStipendPaidDto, 'asked' | 'paid'>({
    Dto: MarkStipendPaidDto,
    defaults: { paidOn: toBeInput(todayInBangkok()) },
    mutate: async (dto) => {
      const confirmBelowNorm = confirmNext.current;
      confirmNext.current = false;
      if (stipend.belowNorm && !confirmBelowNorm) {
        setAsking({ days: stipend.visits.days, norm: stipend.norm.days });
        return 'asked';
      }
      try {
        await markPaid.mutateAsync(confirmBelowNorm ? { ...dto, confirmBelowNorm: true } : dto);
        setAsking(null);
        return 'paid';
      } catch (error) {
        setAsking(null);
        // The visits were counted again when paying: below the norm now, ask with the server's figures.
        const below = confirmBelowNorm ? null : belowNormOf(error);
        if (!below) throw error;
        setAsking(below);
        return 'asked';
      }
    },
    onSuccess: (outcome) => outcome === 'paid' && onPaid(),
  });
  const paidOn = useWatch({ control: form.control, name: 'paidOn' });
  const { errors } = form.formState;
  const confirm = () => {
    confirmNext.current = true;
    void onSubmit();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="pay-form" data-testid="pay-form">
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="paidOn" label={t('caregivers.stipends.paidOn')} error={errors.paidOn} hint={t('field.dateHint')} required>
          <DateInput name="paidOn" value={paidOn} registration={form.register('paidOn')} invalid={!!errors.paidOn} />
        </Field>
        <div className="field field--action">
          <button type="submit" className="btn btn--primary" disabled={pending} data-testid="stipend-pay-save">
            {t('caregivers.stipends.paySave')}
          </button>
        </div>
      </div>
      {asking && (
        <Dialog title={t('caregivers.stipends.confirmTitle')} testId="stipend-confirm-dialog" onClose={() => setAsking(null)}>
          <p data-testid="stipend-confirm-body">
            {t('caregivers.stipends.confirmBody', {
              month: formatMonth(stipend.month, lang),
              name: stipend.caregiver.name,
              days: asking.days,
              norm: asking.norm,
              amount: formatMoney(stipend.amount, lang, true),
            })}
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setAsking(null)} data-testid="stipend-confirm-cancel">
              {t('caregivers.stipends.confirmCancel')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={pending}
              onClick={confirm}
              data-testid="stipend-confirm-ok"
            >
              {t('caregivers.stipends.confirmOk')}
            </button>
          </div>
        </Dialog>
      )}
    </form>
  );
}
