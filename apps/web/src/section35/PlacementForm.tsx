import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CreatePlacementDto,
  MODALITIES,
  MODALITY_LABELS,
  type Modality,
  type ResidentView,
} from '@elderwork/contracts';
import { formatBaht, parseThaiDate } from '@elderwork/thai';
import { ApiError } from '../api/client';
import { employersApi, referenceApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useLabel, useLang } from '../i18n';
import { formatDate } from '../i18n/format';
import { th } from '../i18n/th';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { ElderPicker } from '../ui/ElderPicker';
import { section35Status } from './eligibility';
import { requiring } from '../ui/form-utils';
import { satangOf } from '../ui/money';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';
import { defaultRateFor, previewValue } from './value-preview';
import { ValuePreviewBox } from './ValuePreviewBox';

/** The placement form as typed; the DTO's transforms turn BE dates and "1,200.50" into the API's shape. */
export interface PlacementFormValues {
  residentId: string;
  employerId: string;
  modality: Modality | '';
  startDate: string;
  endDate: string;
  dailyRate: string;
  contractNo: string;
  note: string;
  /** Offered once the server has refused an overlap with another employer's placement (decision 0033). */
  concurrent: boolean;
  concurrentReason: string;
}

export const PLACEMENT_FIELDS = [
  'residentId',
  'employerId',
  'modality',
  'startDate',
  'endDate',
  'dailyRate',
  'contractNo',
  'note',
  'concurrent',
  'concurrentReason',
] as const;

const EMPTY: PlacementFormValues = {
  residentId: '',
  employerId: '',
  modality: '',
  startDate: '',
  endDate: '',
  dailyRate: '',
  contractNo: '',
  note: '',
  concurrent: false,
  concurrentReason: '',
};

/** The rule the server refuses an overlap with another employer's placement by; only then may the LAO mark it concurrent. */
const OVERLAP_ELSEWHERE = 'overlappingPlacementElsewhere';

/** What the other placement is, from the server's refusal (its field error's parameters). */
interface OtherPlacement {
  employer: string;
  start: string;
  end: string;
}

function otherPlacementOf(error: unknown): OtherPlacement | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const refusal = error.body.errors?.find((e) => e.code === OVERLAP_ELSEWHERE);
  if (!refusal) return null;
  const { employer, start, end } = refusal.params ?? {};
  return { employer: String(employer ?? ''), start: String(start ?? ''), end: String(end ?? '') };
}

const resolver = requiring(
  // Unticked, the concurrent fields are not sent at all (nor checked).
  dtoResolver<PlacementFormValues, CreatePlacementDto>(CreatePlacementDto, ({ concurrent, concurrentReason, ...values }) =>
    concurrent ? { ...values, concurrent, concurrentReason } : values,
  ),
  {
    residentId: th.section35.chooseElder,
    employerId: th.section35.chooseEmployer,
    modality: th.section35.chooseModality,
  },
);

/** จัดจ้างตามมาตรา 35: who, with which employer, how, when; the value is shown before saving. */
export function PlacementForm({ onSave }: { onSave: (dto: CreatePlacementDto) => Promise<void> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = useLabel();
  const employers = useFetch(() => employersApi.list(), 'employers');
  const rates = useFetch(() => referenceApi.section35Rates(), 'section35-rates');
  const [elder, setElder] = useState<ResidentView | null>(null);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // Once offered, the concurrent option stays, so that ticking it and saving again is one step.
  const [offerConcurrent, setOfferConcurrent] = useState(false);
  const form = useForm<PlacementFormValues, unknown, CreatePlacementDto>({ resolver, defaultValues: EMPTY, mode: 'onTouched' });
  const { errors, isSubmitting, isSubmitted } = form.formState;
  const [startDate, endDate, dailyRate, concurrent] = useWatch({ control: form.control, name: ['startDate', 'endDate', 'dailyRate', 'concurrent'] });
  const rateList = rates.data ?? [];
  const preview = previewValue({ startDate, endDate, dailyRate }, rateList);
  const defaultRate = defaultRateFor(parseThaiDate(startDate), rateList);
  const invalid = (name: keyof PlacementFormValues) => (errors[name] ? true : undefined);

  const chooseElder = (resident: ResidentView | null) => {
    setElder(resident);
    form.setValue('residentId', resident?.id ?? '', { shouldValidate: isSubmitted });
  };

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    try {
      await onSave(dto);
    } catch (error) {
      // An overlap (409) links to the existing placement; a resident or employer outside the LAO (404) names its field.
      const found = problemOf(error, form.setError, PLACEMENT_FIELDS, (id) => `/section35/placements/${id}`);
      // With another employer's placement the LAO may go ahead deliberately: say which one and offer the option.
      const other = otherPlacementOf(error);
      if (other && found.kind === 'conflict') {
        setOfferConcurrent(true);
        const dates = { start: formatDate(other.start, lang, 'long'), end: formatDate(other.end, lang, 'long') };
        setProblem({ ...found, message: t('placements.overlapElsewhere', { employer: other.employer, ...dates }) });
      } else {
        setProblem(found);
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="placement-form">
      {problem && <SaveProblemAlert problem={problem} />}
      <input type="hidden" {...form.register('residentId')} />
      <ElderPicker
        name="residentId"
        legend={t('placements.elder')}
        hint={t('placements.elderHint')}
        selected={elder}
        onSelect={chooseElder}
        statusOf={section35Status}
        error={errors.residentId}
      />
      <fieldset>
        <legend>{t('placements.sectionTerms')}</legend>
        <div className="grid">
          <Field name="employerId" label={t('placements.employer')} error={errors.employerId} required className="span-2">
            <select id="employerId" aria-invalid={invalid('employerId')} {...form.register('employerId')}>
              <option value="">{t('placements.chooseEmployer')}</option>
              {employers.data?.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
            <Link to="/section35/employers/new" className="field-hint">
              {t('employers.add')}
            </Link>
          </Field>
          <Field name="modality" label={t('placements.modality')} error={errors.modality} required className="span-2">
            <select id="modality" aria-invalid={invalid('modality')} {...form.register('modality')}>
              <option value="">{t('placements.chooseModality')}</option>
              {MODALITIES.map((m) => (
                <option key={m} value={m}>
                  {label(MODALITY_LABELS, m)}
                </option>
              ))}
            </select>
          </Field>
          <Field name="startDate" label={t('placements.startDate')} error={errors.startDate} hint={t('field.dateHint')} required>
            <DateInput name="startDate" value={startDate} registration={form.register('startDate')} invalid={!!errors.startDate} />
          </Field>
          <Field name="endDate" label={t('placements.endDate')} error={errors.endDate} hint={t('field.dateHint')} required>
            <DateInput name="endDate" value={endDate} registration={form.register('endDate')} invalid={!!errors.endDate} />
          </Field>
          <Field name="dailyRate" label={t('placements.dailyRate')} error={errors.dailyRate} hint={t('placements.dailyRateHint')}>
            <input
              id="dailyRate"
              inputMode="decimal"
              autoComplete="off"
              placeholder={defaultRate ? formatBaht(satangOf(defaultRate.dailyRate), lang) : ''}
              aria-invalid={invalid('dailyRate')}
              aria-describedby="dailyRate-hint"
              {...form.register('dailyRate')}
            />
          </Field>
          <div className="field span-2">
            <ValuePreviewBox preview={preview} />
          </div>
          <Field name="contractNo" label={t('placements.contractNo')} error={errors.contractNo}>
            <input id="contractNo" autoComplete="off" aria-invalid={invalid('contractNo')} {...form.register('contractNo')} />
          </Field>
          <Field name="note" label={t('placements.note')} error={errors.note} className="span-2">
            <textarea id="note" rows={2} maxLength={500} aria-invalid={invalid('note')} {...form.register('note')} />
          </Field>
          {offerConcurrent && (
            <div className="field field--check span-2" data-testid="concurrent-option">
              <label htmlFor="concurrent">
                <input id="concurrent" type="checkbox" aria-describedby="concurrent-hint" {...form.register('concurrent')} />
                {t('placements.concurrent')}
              </label>
              <small className="field-hint" id="concurrent-hint">
                {t('placements.concurrentHint')}
              </small>
            </div>
          )}
          {offerConcurrent && concurrent && (
            <Field name="concurrentReason" label={t('placements.concurrentReason')} error={errors.concurrentReason} required className="span-2">
              <textarea id="concurrentReason" rows={2} maxLength={500} aria-invalid={invalid('concurrentReason')} {...form.register('concurrentReason')} />
            </Field>
          )}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="placement-save">
          {t('common.save')}
        </button>
        <Link to="/section35/placements" className="btn btn--ghost">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
