import { fireEvent, screen } from '@testing-library/react';
import { AUTH_MESSAGES } from '@elderwork/contracts';
import { el, mockFetch, renderAt } from '../test-utils';
import { SecondFactorSection } from './SecondFactorSection';

const SETUP = { otpauthUrl: 'otpauth://totp/Elderwork:staff%40x.demo?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', qrCodeDataUrl: 'data:image/png;base64,AAAA', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
const CODES = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DDD${'ABCDEFGHJK'[i]}`);

function type(selector: string, value: string) {
  fireEvent.change(el(selector), { target: { value } });
}

describe('SecondFactorSection (decision 0026)', () => {
  it('password, QR code and first code turn it on; the recovery codes are shown once, then the status says on', async () => {
    let enrolled = false;
    const { calls } = mockFetch((call) => {
      if (call.method === 'GET') return [200, { enrolled, recoveryCodesLeft: enrolled ? 10 : 0 }];
      if (call.url === '/api/me/second-factor') return [200, SETUP];
      enrolled = true;
      return [200, { recoveryCodes: CODES }];
    });
    renderAt(<SecondFactorSection />, { path: '/account/password' });
    fireEvent.click(await screen.findByTestId('second-factor-turn-on'));
    type('#twoStepPassword', 'elderwork-demo-2569');
    fireEvent.click(screen.getByTestId('second-factor-start'));
    expect((await screen.findByTestId('totp-secret')).textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    type('#twoStepCode', '123 456');
    fireEvent.click(screen.getByTestId('second-factor-confirm'));
    const codes = await screen.findByTestId('recovery-codes');
    for (const code of CODES) expect(codes.textContent).toContain(code);
    fireEvent.click(screen.getByTestId('recovery-done'));
    expect((await screen.findByTestId('second-factor-on')).textContent).toContain('10');
    expect(screen.queryByTestId('recovery-codes')).toBeNull();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      { url: '/api/me/second-factor', method: 'POST', body: { currentPassword: 'elderwork-demo-2569' } },
      { url: '/api/me/second-factor/confirm', method: 'POST', body: { code: '123 456' } },
    ]);
  });

  it('a wrong code is said in Thai and the code field is emptied', async () => {
    mockFetch((call) => {
      if (call.method === 'GET') return [200, { enrolled: false, recoveryCodesLeft: 0 }];
      if (call.url === '/api/me/second-factor') return [200, SETUP];
      return [400, { statusCode: 400, code: 'SECOND_FACTOR_INVALID', message: AUTH_MESSAGES.secondFactorInvalid.th }];
    });
    renderAt(<SecondFactorSection />, { path: '/account/password' });
    fireEvent.click(await screen.findByTestId('second-factor-turn-on'));
    type('#twoStepPassword', 'elderwork-demo-2569');
    fireEvent.click(screen.getByTestId('second-factor-start'));
    await screen.findByTestId('totp-secret');
    type('#twoStepCode', '000000');
    fireEvent.click(screen.getByTestId('second-factor-confirm'));
    expect((await screen.findByTestId('second-factor-error')).textContent).toBe(AUTH_MESSAGES.secondFactorInvalid.th);
    expect((document.querySelector('#twoStepCode') as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('recovery-codes')).toBeNull();
  });
});
