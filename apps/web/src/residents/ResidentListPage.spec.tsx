import { fireEvent, screen } from '@testing-library/react';
import type { Page, ResidentView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { ResidentListPage } from './ResidentListPage';

const elder: ResidentView = {
  id: 'r-1',
  nationalId: '1234567890121',
  prefix: 'นาง',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  sex: 'female',
  birthDate: '1957-03-15',
  age: 69,
  houseNo: '12',
  moo: 3,
  village: 'บ้านเนินสูง',
  phone: null,
  disabilityType: 'visual',
  disabilityCardIssuedOn: '2020-01-10',
  disabilityCardExpiresOn: '2028-01-10',
  livingAlone: true,
  caresForDisabledPerson: false,
  legalBasis: 'legal_duty',
  version: 1,
  removedAt: null,
  removalReason: null,
  createdAt: '2026-03-01T03:00:00Z',
  updatedAt: '2026-03-01T03:00:00Z',
};

const page = (items: ResidentView[], total = items.length): Page<ResidentView> => ({ items, total, page: 1, pageSize: 20 });

describe('ResidentListPage', () => {
  it('lists the removed records apart, asked for with removed=true, and links back', async () => {
    const { calls } = mockFetch(() => [200, page([{ ...elder, removedAt: '2026-05-01T03:00:00Z', removalReason: 'moved' }])]);
    renderAt(<ResidentListPage />, { path: '/residents?removed=1' });
    await screen.findByTestId('resident-row');
    expect(calls[0]?.url).toContain('removed=true');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ผู้สูงอายุที่นำออกจากทะเบียน');
    expect(screen.getByTestId('toggle-removed').getAttribute('href')).toBe('/residents');
    expect(screen.queryByTestId('register-resident')).toBeNull();
  });

  it('shows birth dates in Buddhist Era and formatted national IDs', async () => {
    mockFetch(() => [200, page([elder], 45)]);
    renderAt(<ResidentListPage />, { path: '/residents' });
    const row = await screen.findByTestId('resident-row');
    expect(row.textContent).toContain('15 มี.ค. 2500');
    expect(row.textContent).toContain('1-2345-67890-12-1');
    expect(row.textContent).toContain('การเห็น');
    expect(row.textContent).toContain('ม.3 บ้านเนินสูง');
    expect(screen.getByTestId('total').textContent).toBe('แสดง 1–20 จาก 45 รายการ');
  });

  it('searches by national ID without its dashes', async () => {
    const { calls } = mockFetch(() => [200, page([])]);
    renderAt(<ResidentListPage />, { path: '/residents' });
    await screen.findByTestId('empty');
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: '1-2345-67890-12-1' } });
    fireEvent.click(screen.getByTestId('search-submit'));
    await screen.findByTestId('empty');
    expect(calls.at(-1)?.url).toBe('/api/residents?q=1234567890121&page=1&pageSize=20');
  });
});
