import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { render, screen } from '@testing-library/react';
import { ERROR_CODES, ERROR_MESSAGES, PLACEHOLDER, RULES, renderRule, type RuleCode, type RuleParams } from '@elderwork/contracts';
import { ApiError } from '../api/client';
import { FieldError } from '../ui/FieldError';
import { SaveProblemAlert } from '../ui/SaveProblem';
import { applyServerErrors } from '../ui/server-errors';
import { describeError } from './errors';
import { initI18n } from './index';

const THAI = /[\u0E00-\u0E7F]/;

/** Parameters of the right kind for every placeholder of a rule, as the API sends them. */
function sampleParams(code: RuleCode): RuleParams {
  const params: RuleParams = {};
  for (const [, name, kind] of RULES[code].th.matchAll(PLACEHOLDER)) {
    if (!name) continue;
    params[name] = kind === 'date' || kind === 'longDate' ? '2026-10-01' : kind === 'month' ? '2026-10' : kind === 'baht' ? 1565850 : { th: 'ค่าทดสอบ', en: 'test value' };
  }
  return params;
}

function refusal(code: RuleCode): ApiError {
  const params = sampleParams(code);
  return new ApiError(400, {
    statusCode: 400,
    code: ERROR_CODES.validationFailed,
    message: ERROR_MESSAGES[ERROR_CODES.validationFailed].th,
    errors: [{ field: 'field', code, message: renderRule(code, 'th', params), params }],
  });
}

/** A form field that receives the server's refusal the way every form does (applyServerErrors). */
function RefusedField({ error }: { error: ApiError }) {
  const form = useForm<{ field: string }>({ defaultValues: { field: '' } });
  useEffect(() => {
    applyServerErrors(error, form.setError, ['field']);
  }, [error, form.setError]);
  return <FieldError name="field" error={form.formState.errors.field} />;
}

const codes = Object.keys(RULES) as RuleCode[];

describe('every rule of the catalogue in English mode', () => {
  beforeEach(() => initI18n('en'));

  it.each(codes)('%s: on its field and in the problem list, in English', async (code) => {
    const error = refusal(code);
    const english = renderRule(code, 'en', sampleParams(code));
    const { unmount } = render(<RefusedField error={error} />);
    expect((await screen.findByTestId('error-field')).textContent).toBe(english);
    unmount();
    render(<SaveProblemAlert problem={{ kind: 'fields', errors: error.body.errors ?? [] }} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(english);
    expect(THAI.test(alert.textContent ?? '')).toBe(false);
  });

  it('and the same refusal in Thai mode shows the server’s Thai message', async () => {
    initI18n('th');
    for (const code of codes.slice(0, 3)) {
      const error = refusal(code);
      const { unmount } = render(<RefusedField error={error} />);
      expect((await screen.findByTestId('error-field')).textContent).toBe(error.body.errors?.[0]?.message);
      unmount();
    }
  });
});

describe('every error code the API answers with, in English mode', () => {
  it.each(Object.values(ERROR_CODES))('%s', (code) => {
    const i18n = initI18n('en');
    const error = new ApiError(400, { statusCode: 400, code, message: ERROR_MESSAGES[code].th });
    expect(describeError(error, 'en', i18n.t)).toBe(ERROR_MESSAGES[code].en);
    expect(describeError(error, 'th', i18n.t)).toBe(ERROR_MESSAGES[code].th);
  });
});
