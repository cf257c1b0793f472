import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ADL_ITEMS, ADL_ITEM_DEFINITIONS, ADL_TOTAL_MAX, type AdlAssessmentView, type AdlItem, type CreateAdlAssessmentDto } from '@elderwork/contracts';
import { useLang } from '../i18n';
import { useDtoForm } from '../ui/forms';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { FieldError } from '../ui/FieldError';
import { AdlGroupBadge } from '../ui/AdlGroupBadge';
import { ADL_ITEM_FIELDS, adlResolver, blankAdl, liveScore, type AdlFormValues } from './adl-form';
import { useCreateAdl } from './queries';

/**
 * The Barthel ADL form (20 points): ten items as radio groups with the Thai form's descriptions,
 * the total and group (ติดสังคม / ติดบ้าน / ติดเตียง) live as they are scored; or the total alone.
 */
export function AdlForm({ residentId, onSaved }: { residentId: string; onSaved: (created: AdlAssessmentView | null) => void }) {
  const { t } = useTranslation();
  const create = useCreateAdl(residentId);
  const { form, onSubmit, problem, pending } = useDtoForm({
    resolver: adlResolver,
    defaults: blankAdl(),
    extraFields: ADL_ITEM_FIELDS,
    mode: 'onTouched',
    mutate: (dto) => {
      onSaved(null);
      return create.mutateAsync(dto);
    },
    onSuccess: (created) => {
      form.reset(blankAdl(form.getValues('assessedOn')));
      onSaved(created);
    },
  });
  const [assessedOn, mode, items, total] = useWatch({ control: form.control, name: ['assessedOn', 'mode', 'items', 'total'] });
  const score = liveScore({ mode, items, total });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="adl-form" data-testid="adl-form">
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="assessedOn" label={t('adl.assessedOn')} error={errors.assessedOn} hint={t('field.dateHint')} required>
          <DateInput name="assessedOn" value={assessedOn} registration={form.register('assessedOn')} invalid={!!errors.assessedOn} />
        </Field>
        <fieldset className="adl-mode span-2">
          <legend>{t('adl.mode')}</legend>
          <label className="radio">
            <input type="radio" value="items" data-testid="adl-mode-items" {...form.register('mode')} /> {t('adl.modeItems')}
          </label>
          <label className="radio">
            <input type="radio" value="total" data-testid="adl-mode-total" {...form.register('mode')} /> {t('adl.modeTotal')}
          </label>
        </fieldset>
      </div>
      <div className="adl-score" aria-live="polite">
        <span>
          {t('adl.total')}:{' '}
          <strong className="adl-total" data-testid="adl-total" data-total={score.total ?? ''} data-complete={score.group !== null}>
            {score.total ?? '–'}
          </strong>{' '}
          / {ADL_TOTAL_MAX}
          {mode === 'items' && <small className="muted"> · {t('adl.answered', { count: score.answered })}</small>}
        </span>
        <span data-testid="adl-group" data-group={score.group ?? ''}>
          {t('adl.group')}: {score.group ? <AdlGroupBadge group={score.group} /> : '–'}
        </span>
        {score.group && <small className="muted">{score.group === 'social' ? t('adl.notDependent') : t('adl.dependent')}</small>}
      </div>
      {mode === 'items' ? (
        <div className="adl-items">
          {ADL_ITEMS.map((item, index) => (
            <AdlItemField key={item} item={item} index={index} form={form} />
          ))}
        </div>
      ) : (
        <div className="grid">
          <Field name="total" label={t('adl.totalInput')} error={errors.total} required>
            <input id="total" inputMode="numeric" autoComplete="off" data-testid="adl-total-input" {...form.register('total')} />
          </Field>
        </div>
      )}
      <Field name="note" label={t('adl.note')} error={errors.note}>
        <textarea id="note" rows={2} maxLength={500} {...form.register('note')} />
      </Field>
      <button type="submit" className="btn btn--primary" disabled={pending} data-testid="adl-save">
        {t('adl.save')}
      </button>
    </form>
  );
}

interface AdlItemFieldProps {
  item: AdlItem;
  index: number;
  form: UseFormReturn<AdlFormValues, unknown, CreateAdlAssessmentDto>;
}

/** One item: its scores from 0 to max, each with the form's description. */
function AdlItemField({ item, index, form }: AdlItemFieldProps) {
  const lang = useLang();
  const definition = ADL_ITEM_DEFINITIONS[item];
  const error = form.formState.errors.items?.[item];
  const name = `items.${item}` as const;
  return (
    <fieldset className={`adl-item${error ? ' field--invalid' : ''}`} data-testid={`adl-item-${item}`}>
      <legend>
        {index + 1}. {definition.label[lang]} <small className="muted">(0–{definition.max})</small>
      </legend>
      {definition.scores.map((description, score) => (
        <label key={score} className="adl-option">
          <input type="radio" value={String(score)} data-testid={`adl-${item}-${score}`} {...form.register(name)} />
          <span className="adl-option-score">{score}</span>
          <span>{description[lang]}</span>
        </label>
      ))}
      <FieldError name={name} error={error} />
    </fieldset>
  );
}
