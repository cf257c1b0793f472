import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { dtoResolver } from '../ui/forms';
import { useTranslation } from 'react-i18next';
import { PutSection35RateDto, VALIDATION_MESSAGES, type Section35RateView } from '@elderwork/contracts';
import { referenceApi } from '../api/endpoints';
import { useFetch } from '../api/use-fetch';
import { useUser } from '../auth/auth-context';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Alert } from '../ui/Alert';
import { Field } from '../ui/Field';
import { LoadError } from '../ui/LoadError';
import { formatMoney } from '../ui/money';
import { problemOf, SaveProblemAlert, type SaveProblem } from '../ui/SaveProblem';
import { currentBeYear } from '../ui/YearFields';

/** อัตรามาตรา 35 (reference data): everyone reads it; a DLA officer maintains it. */
export function RatesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const user = useUser();
  const { data, error, reload } = useFetch(() => referenceApi.section35Rates(), 'section35-rates');
  const [editing, setEditing] = useState<Section35RateView | null>(null);
  const [savedYear, setSavedYear] = useState<number | null>(null);
  const [saves, setSaves] = useState(0); // a fresh, empty form after each save
  const canEdit = user.role === 'dla_officer';
  const rates = [...(data ?? [])].sort((a, b) => b.year - a.year);

  return (
    <section data-testid="rates-page">
      <h1>{t('rates.title')}</h1>
      <p className="muted">{t('rates.explain')}</p>
      {savedYear !== null && (
        <Alert tone="success" testId="flash">
          {t('rates.saved', { year: savedYear })}
        </Alert>
      )}
      {error !== null && <LoadError error={error} onRetry={reload} />}
      {data && rates.length === 0 && <p className="empty">{t('rates.empty')}</p>}
      {rates.length > 0 && (
        <div className="table-wrap">
          <table data-testid="rate-table">
            <thead>
              <tr>
                <th>{t('rates.year')}</th>
                <th className="num">{t('rates.dailyRate')}</th>
                <th className="num">{t('rates.annualValue')}</th>
                <th>{t('rates.updatedAt')}</th>
                {canEdit && (
                  <th>
                    <span className="sr-only">{t('common.edit')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => (
                <tr key={r.year} data-testid="rate-row" data-year={r.year}>
                  <td>{r.year}</td>
                  <td className="num mono">{formatMoney(r.dailyRate, lang)}</td>
                  <td className="num mono">{formatMoney(r.annualValue, lang)}</td>
                  <td className="nowrap">{formatDateTime(r.updatedAt, lang)}</td>
                  {canEdit && (
                    <td>
                      <button type="button" className="btn btn--small" onClick={() => setEditing(r)} data-testid={`rate-edit-${r.year}`}>
                        {t('common.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <RateForm
          key={`${editing?.year ?? 'new'}:${saves}`}
          rate={editing}
          onSaved={(year) => {
            setSavedYear(year);
            setEditing(null);
            setSaves((n) => n + 1);
            reload();
          }}
        />
      )}
    </section>
  );
}

interface RateFormValues {
  year: string;
  dailyRate: string;
}

const rateResolver = dtoResolver<RateFormValues, PutSection35RateDto>(PutSection35RateDto);

/** The year is part of the URL, not of the DTO: checked here, then the DTO checks the rate. */
const resolver: Resolver<RateFormValues, unknown, PutSection35RateDto> = async (values, context, options) => {
  const result = await rateResolver(values, context, options);
  const year = Number(values.year);
  if (/^\d{4}$/.test(values.year.trim()) && year >= 2500 && year <= 2700) return result;
  return { values: {}, errors: { ...result.errors, year: { type: 'year', message: VALIDATION_MESSAGES.year.th } } };
};

function RateForm({ rate, onSaved }: { rate: Section35RateView | null; onSaved: (year: number) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const form = useForm<RateFormValues, unknown, PutSection35RateDto>({
    resolver,
    defaultValues: { year: String(rate?.year ?? currentBeYear() + 1), dailyRate: rate ? String(rate.dailyRate) : '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (dto) => {
    setProblem(null);
    const year = Number(form.getValues('year'));
    try {
      await referenceApi.putSection35Rate(year, { dailyRate: dto.dailyRate });
      onSaved(year);
    } catch (error) {
      setProblem(problemOf(error, form.setError, ['dailyRate']));
    }
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate data-testid="rate-form">
      <h2>{t('rates.add')}</h2>
      {problem && <SaveProblemAlert problem={problem} />}
      <div className="grid">
        <Field name="year" label={t('rates.year')} error={errors.year} required>
          <input id="year" inputMode="numeric" maxLength={4} readOnly={rate !== null} {...form.register('year')} />
        </Field>
        <Field name="dailyRate" label={t('rates.dailyRate')} error={errors.dailyRate} required>
          <input id="dailyRate" inputMode="decimal" autoComplete="off" {...form.register('dailyRate')} />
        </Field>
      </div>
      <button type="submit" className="btn btn--primary" disabled={isSubmitting} data-testid="rate-save">
        {t('common.save')}
      </button>
    </form>
  );
}
