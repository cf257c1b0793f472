import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { UserView } from '@elderwork/contracts';
import { mockFetch, renderAt, staffUser, el } from '../test-utils';
import { UsersPage } from './UsersPage';

const admin: UserView = { ...staffUser, id: 'u-admin', email: 'admin@khlaengkachet.demo', role: 'lao_admin' };
const staff: UserView = { ...staffUser };
const dla: UserView = {
  ...staffUser,
  id: 'u-dla',
  email: 'officer@dla.demo',
  role: 'dla_officer',
  orgUnit: { id: 'ou-dla', code: 'DLA', name: 'กรมส่งเสริมการปกครองท้องถิ่น', type: 'dla', laoType: null, provinceCode: null, provinceName: null },
};
const laoAdmin: UserView = { ...admin, id: 'u-lao-admin', email: 'admin@lao.go.th' };

describe('UsersPage', () => {
  it('sends a staff member a password link and unlocks them', async () => {
    const { calls } = mockFetch(({ url, method }) => {
      if (method === 'GET') return [200, [admin, staff]];
      if (url.endsWith('/reset-link')) return [202, { code: 'resetLinkSent', message: 'ส่งลิงก์แล้ว' }];
      return [200, { code: 'unlocked', message: 'ปลดล็อกแล้ว' }];
    });
    renderAt(<UsersPage />, { user: admin });
    fireEvent.click(await screen.findByTestId(`send-link-${staff.email}`));
    expect((await screen.findByTestId('user-action-done')).textContent).toBe(`ส่งลิงก์ตั้งรหัสผ่านไปยัง ${staff.email} แล้ว`);
    fireEvent.click(screen.getByTestId(`unlock-${staff.email}`));
    await waitFor(() => expect(screen.getByTestId('user-action-done').textContent).toBe(`ปลดล็อกการเข้าสู่ระบบของ ${staff.email} แล้ว`));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/users/u-staff/reset-link', '/api/users/u-staff/unlock']);
    // Not on the admin's own row.
    expect(screen.queryByTestId(`send-link-${admin.email}`)).toBeNull();
  });

  it('the new-account form asks for no password and says a link is mailed', async () => {
    const { calls } = mockFetch(({ method }) => (method === 'GET' ? [200, [admin]] : [201, { ...staff, email: 'new@lao.go.th' }]));
    renderAt(<UsersPage />, { user: admin });
    await screen.findAllByTestId('user-row');
    expect(document.querySelector('[data-testid="create-user-form"] [type="password"]')).toBeNull();
    fireEvent.change(el('[name="email"]'), { target: { value: 'new@lao.go.th' } });
    fireEvent.change(el('[name="displayName"]'), { target: { value: 'เจ้าหน้าที่ใหม่' } });
    fireEvent.click(screen.getByTestId('create-user'));
    expect(await screen.findByText(/ระบบส่งลิงก์เปิดใช้งานบัญชีไปทางอีเมล/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'new@lao.go.th', displayName: 'เจ้าหน้าที่ใหม่', role: 'staff' });
  });

  it('a failed mail shows the server’s Thai message', async () => {
    mockFetch(({ method }) => (method === 'GET' ? [200, [admin, staff]] : [503, { statusCode: 503, code: 'MAIL_FAILED', message: 'ส่งอีเมลไม่สำเร็จ กรุณาลองใหม่ภายหลัง' }]));
    renderAt(<UsersPage />, { user: admin });
    fireEvent.click(await screen.findByTestId(`send-link-${staff.email}`));
    expect(await screen.findByText('ส่งอีเมลไม่สำเร็จ กรุณาลองใหม่ภายหลัง')).toBeTruthy();
  });

  it('a DLA officer gives officer roles and names the org unit; a DLA officer needs none', async () => {
    const { calls } = mockFetch(({ method }) => (method === 'GET' ? [200, [dla, laoAdmin]] : [201, laoAdmin]));
    renderAt(<UsersPage />, { user: dla });
    expect((await screen.findAllByTestId('user-row'))[1]?.textContent).toContain('5210104 แกลง-กะเฉด');
    const role = document.querySelector('[name="role"]') as HTMLSelectElement;
    expect([...role.options].map((o) => o.value)).toEqual(['lao_admin', 'province_officer', 'dla_officer']);
    fireEvent.change(el('[name="email"]'), { target: { value: 'first.admin@lao.go.th' } });
    fireEvent.change(el('[name="displayName"]'), { target: { value: 'ปลัด อบต.' } });
    fireEvent.change(el('[name="orgUnitCode"]'), { target: { value: '5210104' } });
    fireEvent.click(screen.getByTestId('create-user'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'first.admin@lao.go.th', displayName: 'ปลัด อบต.', role: 'lao_admin', orgUnitCode: '5210104' }));
    fireEvent.change(role, { target: { value: 'dla_officer' } });
    await waitFor(() => expect(document.querySelector('[name="orgUnitCode"]')).toBeNull());
  });

  it('an org unit outside the area reads as not found on its field', async () => {
    mockFetch(({ method }) => (method === 'GET' ? [200, [dla]] : [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบหน่วยงานที่ต้องการ' }]));
    renderAt(<UsersPage />, { user: dla });
    await screen.findAllByTestId('user-row');
    fireEvent.change(el('[name="email"]'), { target: { value: 'x@lao.go.th' } });
    fireEvent.change(el('[name="displayName"]'), { target: { value: 'ก' } });
    fireEvent.change(el('[name="orgUnitCode"]'), { target: { value: '9999999' } });
    fireEvent.click(screen.getByTestId('create-user'));
    expect(await screen.findByText('ไม่พบหน่วยงานรหัสนี้ในเขตที่ท่านดูแล')).toBeTruthy();
  });

  it('officers filter by org unit and import first admins, seeing each refused row in Thai', async () => {
    const { calls } = mockFetch(({ method }) =>
      method === 'GET'
        ? [200, [dla]]
        : [201, { inserted: 1, updated: 0, rejected: [{ row: 3, field: 'laoCode', message: 'ไม่พบ อปท. รหัสนี้ในเขตที่ท่านดูแล' }] }],
    );
    renderAt(<UsersPage />, { user: dla });
    await screen.findAllByTestId('user-row');
    fireEvent.change(el('#filter-org-unit'), { target: { value: '5210104' } });
    fireEvent.submit(screen.getByTestId('users-filter'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/users?orgUnitCode=5210104')).toBe(true));
    const file = new File(['laoCode,email,displayName\n'], 'admins.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('users-import-file'), { target: { files: [file] } });
    fireEvent.click(screen.getByTestId('users-import-submit'));
    expect((await screen.findByTestId('users-rejected-table')).textContent).toContain('ไม่พบ อปท. รหัสนี้ในเขตที่ท่านดูแล');
    expect(screen.getByTestId('users-import-inserted').textContent).toContain('1');
    expect(calls.find((c) => c.method === 'POST')?.url).toBe('/api/users/import');
  });

  it('an LAO administrator sees no import and no org-unit field', async () => {
    mockFetch(() => [200, [admin]]);
    renderAt(<UsersPage />, { user: admin });
    await screen.findAllByTestId('user-row');
    expect(screen.queryByTestId('users-import')).toBeNull();
    expect(document.querySelector('[name="orgUnitCode"]')).toBeNull();
  });
});
