import { fireEvent, screen } from '@testing-library/react';
import { mockFetch, renderAt, el } from '../test-utils';
import { ForgotPasswordPage } from './ForgotPasswordPage';

describe('ForgotPasswordPage', () => {
  it('sends the address and shows the one answer', async () => {
    const { calls } = mockFetch(() => [202, { code: 'forgotSent', message: 'หากอีเมลนี้มีบัญชีในระบบ…' }]);
    renderAt(<ForgotPasswordPage />, { path: '/forgot' });
    fireEvent.change(el('[name="email"]'), { target: { value: 'Staff@LAO.go.th' } });
    fireEvent.click(screen.getByTestId('forgot-submit'));
    expect((await screen.findByTestId('forgot-sent')).textContent).toContain('หากอีเมลนี้มีบัญชีในระบบ');
    expect(calls).toEqual([{ url: '/api/auth/forgot', method: 'POST', body: { email: 'staff@lao.go.th' } }]);
  });

  it('refuses an address that is not one', async () => {
    const { calls } = mockFetch(() => [202, {}]);
    renderAt(<ForgotPasswordPage />, { path: '/forgot' });
    fireEvent.change(el('[name="email"]'), { target: { value: 'nobody' } });
    fireEvent.click(screen.getByTestId('forgot-submit'));
    expect(await screen.findByText('อีเมลไม่ถูกต้อง')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});
