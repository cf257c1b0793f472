import { fireEvent, screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import type { UserView } from '@elderwork/contracts';
import { mockFetch, renderAt, staffUser } from '../test-utils';
import { UsersPage } from './UsersPage';

const officer: UserView = { ...staffUser, id: 'u-officer', email: 'officer@rayong.demo', role: 'province_officer' };
const admin: UserView = { ...staffUser, id: 'u-admin', email: 'admin@khlaengkachet.demo', role: 'lao_admin' };
const staff: UserView = { ...staffUser, id: 'u-staff2', email: 'staff2@khlaengkachet.demo' };

/** Resetting a lost authenticator from the accounts page (decision 0024). */
describe('UsersPage second factor reset', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers the reset for administrators and officers only, never for oneself; asks first, then says it is done, in Thai', async () => {
    const { calls } = mockFetch(({ url, method }) => {
      if (url === '/api/users' && method === 'GET') return [200, [officer, admin, staff]];
      if (url === '/api/users/u-admin/second-factor' && method === 'DELETE') return [204, undefined];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    renderAt(<UsersPage />, { user: officer });
    await screen.findByTestId('reset-2fa-admin@khlaengkachet.demo');
    expect(screen.queryByTestId('reset-2fa-officer@rayong.demo')).toBeNull();
    expect(screen.queryByTestId('reset-2fa-staff2@khlaengkachet.demo')).toBeNull();

    fireEvent.click(screen.getByTestId('reset-2fa-admin@khlaengkachet.demo'));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('admin@khlaengkachet.demo'));
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('reset-2fa-admin@khlaengkachet.demo'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/users/u-admin/second-factor']));
    expect((await screen.findByTestId('user-action-done')).textContent).toBe(
      'รีเซ็ตการยืนยันตัวตนสองขั้นตอนของ admin@khlaengkachet.demo แล้ว ผู้ใช้จะตั้งค่าแอปใหม่เมื่อเข้าสู่ระบบครั้งถัดไป',
    );
  });
});
