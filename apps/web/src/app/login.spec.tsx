import { fireEvent, render, screen } from '@testing-library/react';
import { AUTH_MESSAGES, type TotpEnrolResponse } from '@elderwork/contracts';
import { mockFetch, staffUser } from '../test-utils';
import { tokenStore } from '../api/client';
import App from './app';

const admin = { ...staffUser, id: 'u-admin', email: 'admin@khlaengkachet.demo', role: 'lao_admin' as const };
const enrolChallenge: TotpEnrolResponse = {
  status: 'totp_enrol_required',
  challengeToken: 'c'.repeat(43),
  expiresAt: '2026-12-03T07:00:00.000Z',
  otpauthUrl: 'otpauth://totp/Elderwork:admin%40khlaengkachet.demo?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Elderwork',
  qrCodeDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};
const RECOVERY = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DDD${'23456789AB'[i]}`);

function signIn() {
  fireEvent.change(screen.getByLabelText('อีเมล'), { target: { value: admin.email } });
  fireEvent.change(screen.getByLabelText('รหัสผ่าน'), { target: { value: 'elderwork-demo-2569' } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

const summary = [200, { total: 0, withDisability: 0, livingAlone: 0, byAgeBand: [] }] as [number, unknown];

/** The login page's second step (issue 13, decision 0024). */
describe('LoginPage second factor', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });

  it('enrolment: shows the QR code and setup key in Thai, sends the code, shows the ten recovery codes once, then signs in', async () => {
    const { calls } = mockFetch(({ url }) => {
      if (url === '/api/auth/login') return [200, enrolChallenge];
      if (url === '/api/auth/totp') return [200, { accessToken: 'tok', user: admin, recoveryCodes: RECOVERY }];
      if (url === '/api/residents/summary') return summary;
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    render(<App />);
    signIn();
    expect(await screen.findByTestId('totp-enrol')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('ตั้งค่าการยืนยันตัวตนสองขั้นตอน');
    const qr = screen.getByTestId('totp-qr') as HTMLImageElement;
    expect(qr.src).toBe(enrolChallenge.qrCodeDataUrl);
    expect(qr.alt).toBe('คิวอาร์โค้ดสำหรับเพิ่มบัญชีในแอปยืนยันตัวตน');
    expect(screen.getByTestId('totp-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');

    fireEvent.change(screen.getByLabelText('รหัส 6 หลักจากแอป'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByTestId('recovery-codes')).toBeTruthy();
    expect(calls.find((c) => c.url === '/api/auth/totp')?.body).toEqual({ challengeToken: enrolChallenge.challengeToken, code: '123456' });
    const shown = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(shown).toEqual(RECOVERY);
    // Not signed in until the user says the codes are kept.
    expect(tokenStore.get()).toBeNull();
    fireEvent.click(screen.getByTestId('recovery-done'));
    expect(await screen.findByTestId('org-unit')).toBeTruthy();
    expect(tokenStore.get()).toBe('tok');
  });

  it('a later login asks for the code; a wrong one shows the API’s Thai message and the field is emptied', async () => {
    let tries = 0;
    mockFetch(({ url }) => {
      if (url === '/api/auth/login') return [200, { status: 'totp_required', challengeToken: 'd'.repeat(43), expiresAt: '2026-12-03T07:00:00.000Z' }];
      if (url === '/api/auth/totp') {
        tries += 1;
        if (tries === 1) return [401, { statusCode: 401, code: 'SECOND_FACTOR_INVALID', message: AUTH_MESSAGES.secondFactorInvalid.th }];
        return [200, { accessToken: 'tok2', user: admin }];
      }
      if (url === '/api/residents/summary') return summary;
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    render(<App />);
    signIn();
    expect(await screen.findByTestId('totp-step')).toBeTruthy();
    expect(screen.queryByTestId('totp-qr')).toBeNull();
    const input = screen.getByLabelText('รหัส 6 หลัก หรือรหัสสำรอง') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '000000' } });
    fireEvent.click(screen.getByTestId('totp-submit'));
    expect((await screen.findByTestId('totp-error')).textContent).toBe(AUTH_MESSAGES.secondFactorInvalid.th);
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: 'AAAA-BBBB-CCCC-DDDD' } });
    fireEvent.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByTestId('org-unit')).toBeTruthy();
    expect(tokenStore.get()).toBe('tok2');
  });

  it('an empty code is refused before any call, in Thai', async () => {
    const { calls } = mockFetch(({ url }) =>
      url === '/api/auth/login' ? [200, { status: 'totp_required', challengeToken: 'e'.repeat(43), expiresAt: '2026-12-03T07:00:00.000Z' }] : [500, {}],
    );
    render(<App />);
    signIn();
    await screen.findByTestId('totp-step');
    fireEvent.click(screen.getByTestId('totp-submit'));
    expect(await screen.findByText('กรุณากรอกรหัส 6 หลักจากแอปยืนยันตัวตน หรือรหัสสำรอง')).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/auth/totp')).toHaveLength(0);
  });

  it('an expired step goes back to the password with the reason', async () => {
    mockFetch(({ url }) => {
      if (url === '/api/auth/login') return [200, { status: 'totp_required', challengeToken: 'f'.repeat(43), expiresAt: '2026-12-03T07:00:00.000Z' }];
      return [401, { statusCode: 401, code: 'CHALLENGE_EXPIRED', message: AUTH_MESSAGES.challengeExpired.th }];
    });
    render(<App />);
    signIn();
    await screen.findByTestId('totp-step');
    fireEvent.change(screen.getByLabelText('รหัส 6 หลัก หรือรหัสสำรอง'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('totp-submit'));
    expect((await screen.findByTestId('login-error')).textContent).toBe(AUTH_MESSAGES.challengeExpired.th);
    expect(screen.getByTestId('login-form')).toBeTruthy();
    expect((screen.getByLabelText('รหัสผ่าน') as HTMLInputElement).value).toBe('');
  });
});
