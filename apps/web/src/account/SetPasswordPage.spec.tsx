import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockFetch, renderAt, el } from '../test-utils';
import { SetPasswordPage } from './SetPasswordPage';

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5';

function fill(password: string, confirm = password) {
  fireEvent.change(el('[name="password"]'), { target: { value: password } });
  fireEvent.change(el('[name="confirm"]'), { target: { value: confirm } });
  fireEvent.click(screen.getByTestId('set-password-submit'));
}

describe('SetPasswordPage', () => {
  it('activates with the token from the link and says to sign in', async () => {
    const { calls } = mockFetch(() => [204, undefined]);
    renderAt(<SetPasswordPage mode="activate" />, { path: `/activate?token=${TOKEN}` });
    fill('ตะวันขึ้นที่แกลง-2569');
    expect((await screen.findByTestId('password-set')).textContent).toContain('เปิดใช้งานบัญชีแล้ว');
    expect(calls).toEqual([{ url: '/api/auth/activate', method: 'POST', body: { token: TOKEN, password: 'ตะวันขึ้นที่แกลง-2569' } }]);
  });

  it('checks length and the confirmation before sending anything', async () => {
    const { calls } = mockFetch(() => [204, undefined]);
    renderAt(<SetPasswordPage mode="reset" />, { path: `/reset?token=${TOKEN}` });
    fill('short');
    expect(await screen.findByText('รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร')).toBeTruthy();
    fill('ตะวันขึ้นที่แกลง-2569', 'ตะวันขึ้นที่แกลง-2570');
    expect(await screen.findByText('รหัสผ่านทั้งสองช่องไม่ตรงกัน')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('shows the server’s password rule on the field', async () => {
    mockFetch(() => [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'password', code: 'passwordCommon', message: 'รหัสผ่านนี้ถูกใช้บ่อยและเดาได้ง่าย กรุณาตั้งรหัสผ่านอื่น' }] }]);
    renderAt(<SetPasswordPage mode="reset" />, { path: `/reset?token=${TOKEN}` });
    fill('Password1234');
    expect(await screen.findByText('รหัสผ่านนี้ถูกใช้บ่อยและเดาได้ง่าย กรุณาตั้งรหัสผ่านอื่น')).toBeTruthy();
    expect(screen.queryByTestId('ask-new-link')).toBeNull();
  });

  it('a used or expired link says so and offers a new one', async () => {
    mockFetch(() => [400, { statusCode: 400, code: 'LINK_INVALID', message: 'ลิงก์นี้ใช้ไม่ได้แล้ว (หมดอายุ ถูกใช้ไปแล้ว หรือมีลิงก์ใหม่กว่า) กรุณาขอลิงก์ใหม่' }]);
    renderAt(<SetPasswordPage mode="reset" />, { path: `/reset?token=${TOKEN}` });
    fill('ตะวันขึ้นที่แกลง-2569');
    expect((await screen.findByTestId('link-error')).textContent).toContain('ลิงก์นี้ใช้ไม่ได้แล้ว');
    await waitFor(() => expect(screen.getByTestId('ask-new-link').getAttribute('href')).toBe('/forgot'));
  });

  it('a link without its token shows no form', () => {
    renderAt(<SetPasswordPage mode="activate" />, { path: '/activate' });
    expect(screen.getByTestId('link-error').textContent).toContain('ลิงก์ไม่ครบถ้วน');
    expect(screen.queryByTestId('set-password-form')).toBeNull();
  });
});
