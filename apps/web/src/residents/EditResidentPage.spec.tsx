import { fireEvent, screen } from '@testing-library/react';
import type { ResidentView } from '@elderwork/contracts';
import { mockFetch, renderAt, staffUser } from '../test-utils';
import { EditResidentPage } from './EditResidentPage';

const stored: ResidentView = {
  id: 'r-7',
  nationalId: '1234567890121',
  prefix: 'นาย',
  firstName: 'บุญมี',
  lastName: 'รักดี',
  sex: 'male',
  birthDate: '1950-06-01',
  age: 75,
  houseNo: '5',
  moo: 2,
  village: null,
  phone: '0812345678',
  disabilityType: null,
  disabilityCardIssuedOn: null,
  disabilityCardExpiresOn: null,
  livingAlone: false,
  caresForDisabledPerson: false,
  legalBasis: 'legal_duty',
  version: 3,
  removedAt: null,
  removalReason: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const renderEdit = (user = staffUser) => renderAt(<EditResidentPage />, { path: '/residents/r-7', route: '/residents/:id', user });

describe('EditResidentPage', () => {
  it('shows a removed record read-only and restores it with the version read', async () => {
    const removed = { ...stored, removedAt: '2026-05-01T03:00:00Z', removalReason: 'moved' as const, version: 4 };
    const { calls } = mockFetch(({ method }) => [200, method === 'POST' ? { ...removed, removedAt: null, removalReason: null, version: 5 } : removed]);
    renderEdit();
    await screen.findByTestId('removed-banner');
    expect((screen.getByTestId('resident-fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.queryByTestId('remove-section')).toBeNull();
    fireEvent.click(screen.getByTestId('restore-resident'));
    expect((await screen.findByTestId('flash')).textContent).toBe('กู้คืนเข้าทะเบียนแล้ว');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ url: '/api/residents/r-7/restore', body: { version: 4 } });
    expect((screen.getByTestId('resident-fieldset') as HTMLFieldSetElement).disabled).toBe(false);
    expect(screen.queryByTestId('removed-banner')).toBeNull();
  });

  it('shows a stored prefix that is not in the list under "อื่น ๆ", as typed', async () => {
    mockFetch(() => [200, { ...stored, prefix: 'พล.ต.ต.' }]);
    renderEdit();
    await screen.findByDisplayValue('พล.ต.ต.');
    expect(document.querySelector<HTMLSelectElement>('#prefixChoice')?.value).toBe('other');
    expect(document.querySelector('#prefix')?.hasAttribute('hidden')).toBe(false);
  });

  it('shows the stored birth date as BE and sends a cleared field as null with the version read', async () => {
    const { calls } = mockFetch(({ method }) => [200, method === 'PATCH' ? { ...stored, phone: null, version: 4 } : stored]);
    renderEdit();
    const birthDate = await screen.findByDisplayValue('01/06/2493');
    expect(birthDate.getAttribute('name')).toBe('birthDate');
    expect(document.querySelector<HTMLSelectElement>('#prefixChoice')?.value).toBe('นาย');
    fireEvent.change(screen.getByDisplayValue('0812345678'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('save-resident'));
    await screen.findByTestId('flash');
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.url).toBe('/api/residents/r-7');
    expect(patch?.body).toMatchObject({ version: 3, phone: null, birthDate: '1950-06-01', moo: 2 });
  });

  it('asks the user to reload when someone else changed the record', async () => {
    mockFetch(({ method }) =>
      method === 'PATCH'
        ? [409, { statusCode: 409, code: 'STALE_VERSION', message: 'ข้อมูลถูกแก้ไขแล้ว' }]
        : [200, stored],
    );
    renderEdit();
    await screen.findByDisplayValue('01/06/2493');
    fireEvent.click(screen.getByTestId('save-resident'));
    expect((await screen.findByTestId('stale-error')).textContent).toContain('โหลดข้อมูลล่าสุด');
    expect(screen.getByTestId('reload-resident')).toBeTruthy();
  });

  it('shows the audit history to an LAO administrator only', async () => {
    mockFetch(({ url }) => [200, url.endsWith('/audit') ? [] : stored]);
    renderEdit({ ...staffUser, role: 'lao_admin' });
    expect(await screen.findByTestId('audit-history')).toBeTruthy();
  });
});
