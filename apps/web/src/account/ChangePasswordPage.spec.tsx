import { fireEvent, screen } from '@testing-library/react';
import { mockFetch, renderAt, el } from '../test-utils';
import { ChangePasswordPage } from './ChangePasswordPage';

function fill(current: string, next: string, confirm = next) {
  fireEvent.change(el('[name="currentPassword"]'), { target: { value: current } });
  fireEvent.change(el('[name="newPassword"]'), { target: { value: next } });
  fireEvent.change(el('[name="confirm"]'), { target: { value: confirm } });
  fireEvent.click(screen.getByTestId('change-password-submit'));
}

describe('ChangePasswordPage', () => {
  it('changes the password and says the other sessions ended', async () => {
    const { calls } = mockFetch((call) => (call.method === 'GET' ? [200, { enrolled: false, recoveryCodesLeft: 0 }] : [204, undefined]));
    renderAt(<ChangePasswordPage />, { path: '/account/password' });
    fill('elderwork-demo-2569', 'ตะวันขึ้นที่แกลง-2569');
    expect((await screen.findByTestId('password-changed')).textContent).toContain('เซสชันอื่น');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([{ url: '/api/me/password', method: 'POST', body: { currentPassword: 'elderwork-demo-2569', newPassword: 'ตะวันขึ้นที่แกลง-2569' } }]);
  });

  it('puts a wrong current password on its field', async () => {
    mockFetch(() => [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'currentPassword', code: 'wrong', message: 'รหัสผ่านปัจจุบันไม่ถูกต้อง' }] }]);
    renderAt(<ChangePasswordPage />, { path: '/account/password' });
    fill('not-my-password', 'ตะวันขึ้นที่แกลง-2569');
    expect(await screen.findByText('รหัสผ่านปัจจุบันไม่ถูกต้อง')).toBeTruthy();
    expect(screen.queryByTestId('password-changed')).toBeNull();
  });
});
