import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
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

/** The page's URL query, shown beside it. */
function UrlQuery() {
  return <p data-testid="url">{useLocation().search}</p>;
}
const url = () => new URLSearchParams(screen.getByTestId('url').textContent ?? '');
const value = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement | HTMLSelectElement).value;

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

  it('puts a chosen filter in the URL and the request, and starts again at page 1', async () => {
    const { calls } = mockFetch(() => [200, page([elder], 45)]);
    renderAt(<><ResidentListPage /><UrlQuery /></>, { path: '/residents?q=สม&page=3' });
    await screen.findByTestId('resident-row');
    expect(calls[0]?.url).toBe('/api/residents?q=%E0%B8%AA%E0%B8%A1&page=3&pageSize=20');
    fireEvent.change(screen.getByTestId('filter-sex'), { target: { value: 'female' } });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(Object.fromEntries(url())).toEqual({ q: 'สม', sex: 'female' });
    const sent = new URL(calls[1]?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(sent)).toEqual({ q: 'สม', page: '1', pageSize: '20', sex: 'female' });

    fireEvent.change(screen.getByTestId('filter-adl'), { target: { value: 'unassessed' } });
    fireEvent.change(screen.getByTestId('filter-living-alone'), { target: { value: 'false' } });
    fireEvent.change(screen.getByTestId('filter-disability'), { target: { value: 'none' } });
    fireEvent.change(screen.getByTestId('filter-age-band'), { target: { value: '80-89' } });
    fireEvent.change(screen.getByTestId('filter-moo'), { target: { value: '4' } });
    fireEvent.change(screen.getByTestId('filter-village'), { target: { value: ' บ้านนา ' } });
    fireEvent.click(screen.getByTestId('filter-apply'));
    await waitFor(() => expect(url().get('village')).toBe('บ้านนา'));
    expect(Object.fromEntries(url())).toEqual({
      q: 'สม', sex: 'female', adlGroup: 'unassessed', livingAlone: 'false', disabilityType: 'none', ageBand: '80-89', moo: '4', village: 'บ้านนา',
    });
    await waitFor(() => expect(new URL(calls.at(-1)?.url ?? '', 'http://x').searchParams.get('village')).toBe('บ้านนา'));
    expect(Object.fromEntries(new URL(calls.at(-1)?.url ?? '', 'http://x').searchParams)).toEqual({
      q: 'สม', page: '1', pageSize: '20', sex: 'female', adlGroup: 'unassessed', livingAlone: 'false', disabilityType: 'none', ageBand: '80-89', moo: '4', village: 'บ้านนา',
    });
  });

  it('restores the controls from a shared link and asks for the same list', async () => {
    const { calls } = mockFetch(() => [200, page([elder])]);
    renderAt(<ResidentListPage />, {
      path: '/residents?moo=3&village=%E0%B8%9A%E0%B9%89%E0%B8%B2%E0%B8%99%E0%B8%99%E0%B8%B2&sex=male&ageBand=70-79&disabilityType=visual&livingAlone=true&adlGroup=bedbound&sort=-age&page=2',
    });
    await screen.findByTestId('resident-row');
    expect(value('filter-moo')).toBe('3');
    expect(value('filter-village')).toBe('บ้านนา');
    expect(value('filter-sex')).toBe('male');
    expect(value('filter-age-band')).toBe('70-79');
    expect(value('filter-disability')).toBe('visual');
    expect(value('filter-living-alone')).toBe('true');
    expect(value('filter-adl')).toBe('bedbound');
    expect(value('filter-sort')).toBe('-age');
    expect(Object.fromEntries(new URL(calls[0]?.url ?? '', 'http://x').searchParams)).toEqual({
      page: '2', pageSize: '20', moo: '3', village: 'บ้านนา', sex: 'male', ageBand: '70-79', disabilityType: 'visual', livingAlone: 'true', adlGroup: 'bedbound', sort: '-age',
    });
    // The options read Thai first: the contracts' labels.
    expect(screen.getByRole('option', { name: 'ติดเตียง' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'ไม่มีความพิการ' })).toBeTruthy();
    // Clearing keeps the sort and drops the filters.
    fireEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(Object.fromEntries(new URL(calls.at(-1)?.url ?? '', 'http://x').searchParams)).toEqual({ page: '1', pageSize: '20', sort: '-age' }));
    expect(value('filter-moo')).toBe('');
    expect(value('filter-village')).toBe('');
  });

  it('sorts: the choice goes to the URL and the request, and the column says how it is sorted', async () => {
    const { calls } = mockFetch(() => [200, page([elder])]);
    renderAt(<><ResidentListPage /><UrlQuery /></>, { path: '/residents' });
    await screen.findByTestId('resident-row');
    const header = (name: string) => screen.getByRole('columnheader', { name });
    expect(header('ชื่อ–นามสกุล').getAttribute('aria-sort')).toBe('ascending');
    expect(header('อายุ').getAttribute('aria-sort')).toBeNull();
    fireEvent.change(screen.getByTestId('filter-sort'), { target: { value: '-age' } });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(url().get('sort')).toBe('-age');
    expect(new URL(calls[1]?.url ?? '', 'http://x').searchParams.get('sort')).toBe('-age');
    await waitFor(() => expect(header('อายุ').getAttribute('aria-sort')).toBe('descending'));
    expect(header('ชื่อ–นามสกุล').getAttribute('aria-sort')).toBeNull();
    fireEvent.change(screen.getByTestId('filter-sort'), { target: { value: 'village' } });
    await waitFor(() => expect(header('หมู่/หมู่บ้าน').getAttribute('aria-sort')).toBe('ascending'));
    expect(new URL(calls.at(-1)?.url ?? '', 'http://x').searchParams.get('sort')).toBe('village');
    // Back to the default order: no sort in the URL.
    fireEvent.change(screen.getByTestId('filter-sort'), { target: { value: '' } });
    await waitFor(() => expect(url().get('sort')).toBeNull());
  });

  it('keeps the filters in the removed records list, whose default order is the newest removal', async () => {
    const { calls } = mockFetch(() => [200, page([{ ...elder, removedAt: '2026-05-01T03:00:00Z', removalReason: 'moved' }])]);
    renderAt(<><ResidentListPage /><UrlQuery /></>, { path: '/residents?removed=1' });
    await screen.findByTestId('resident-row');
    expect(screen.getByTestId('filter-sort').textContent).toContain('วันที่นำออก (ล่าสุดก่อน)');
    fireEvent.change(screen.getByTestId('filter-sex'), { target: { value: 'male' } });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(Object.fromEntries(url())).toEqual({ removed: '1', sex: 'male' });
    expect(calls[1]?.url).toContain('removed=true');
    expect(calls[1]?.url).toContain('sex=male');
  });
});
