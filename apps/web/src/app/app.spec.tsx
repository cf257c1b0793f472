import { fireEvent, render, screen } from '@testing-library/react';
import { mockFetch, staffUser } from '../test-utils';
import App from './app';

function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('อีเมล'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('รหัสผ่าน'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('App', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('asks a signed-out user to sign in, in Thai', () => {
    mockFetch(() => [500, {}]);
    render(<App />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('เข้าสู่ระบบ');
  });

  it('shows the API message when there were too many attempts', async () => {
    const message = 'เข้าสู่ระบบผิดเกิน 5 ครั้ง กรุณารอ 15 นาที';
    mockFetch(() => [429, { statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message }]);
    render(<App />);
    signIn('staff@khlaengkachet.demo', 'wrong-password');
    expect((await screen.findByTestId('login-error')).textContent).toBe(message);
  });

  it('signs in and shows the org unit, the role in Thai and the registry menu', async () => {
    mockFetch(({ url }) => {
      if (url === '/api/auth/login') return [200, { accessToken: 'tok', user: staffUser }];
      if (url === '/api/residents/summary')
        return [200, { total: 3, withDisability: 1, livingAlone: 1, byAgeBand: [{ ageBand: '60-69', male: 1, female: 2 }] }];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    render(<App />);
    signIn('staff@khlaengkachet.demo', 'elderwork-demo-2569');
    expect((await screen.findByTestId('org-unit')).textContent).toContain('เทศบาลตำบลแกลง-กะเฉด');
    expect(screen.getByTestId('user-role').textContent).toBe('เจ้าหน้าที่กองสวัสดิการสังคม');
    expect(screen.getByTestId('nav-residents')).toBeTruthy();
    expect((await screen.findByTestId('stat-total')).textContent).toContain('3');
    expect(localStorage.getItem('elderwork.token')).toBe('tok');
  });

  it('never shows what one account read to the next one signed in on the same page', async () => {
    const other = { ...staffUser, id: 'u-other', email: 'other@khlaengkachet.demo', displayName: 'สมชาย ใจงาม' };
    let signedInAs = staffUser;
    mockFetch(({ url, body }) => {
      if (url === '/api/auth/login') {
        signedInAs = (body as { email: string }).email === other.email ? other : staffUser;
        return [200, { accessToken: `tok-${signedInAs.id}`, user: signedInAs }];
      }
      if (url === '/api/residents/summary' && signedInAs === staffUser)
        return [200, { total: 3, withDisability: 1, livingAlone: 1, byAgeBand: [{ ageBand: '60-69', male: 1, female: 2 }] }];
      // The second account's summary fails: only an old cache could show figures now.
      if (url === '/api/residents/summary') return [500, { statusCode: 500, code: 'INTERNAL', message: 'ระบบขัดข้อง' }];
      if (url === '/api/auth/logout') return [204, undefined];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    render(<App />);
    signIn('staff@khlaengkachet.demo', 'elderwork-demo-2569');
    expect((await screen.findByTestId('stat-total')).textContent).toContain('3');
    fireEvent.click(screen.getByTestId('logout'));
    signIn(other.email, 'elderwork-demo-2569');
    // The second account's home page is up (its dashboard is there), without the first one's figures.
    expect((await screen.findByTestId('org-unit')).textContent).toContain('แกลง-กะเฉด');
    await screen.findByTestId('dashboard');
    expect(screen.queryByTestId('stat-total')).toBeNull();
  });

  it('gives provincial officers no person-level menu', async () => {
    const officer = { ...staffUser, role: 'province_officer' as const, orgUnit: { ...staffUser.orgUnit, type: 'province' as const, laoType: null, name: 'ระยอง' } };
    mockFetch(() => [200, officer]);
    localStorage.setItem('elderwork.token', 'tok');
    render(<App />);
    expect(await screen.findByTestId('officer-home')).toBeTruthy();
    expect(screen.queryByTestId('nav-residents')).toBeNull();
  });

  it('tells an officer who opens a person-level page why it is closed, instead of jumping home', async () => {
    const officer = { ...staffUser, role: 'province_officer' as const, orgUnit: { ...staffUser.orgUnit, type: 'province' as const, laoType: null, name: 'ระยอง' } };
    const { calls } = mockFetch(() => [200, officer]);
    localStorage.setItem('elderwork.token', 'tok');
    window.history.replaceState(null, '', '/residents');
    render(<App />);
    const page = await screen.findByTestId('not-available');
    expect(page.textContent).toContain('เปิดให้เฉพาะเจ้าหน้าที่และผู้บริหารของ อปท. ที่เป็นเจ้าของข้อมูล');
    expect(screen.getByTestId('not-available-statistics').getAttribute('href')).toBe('/statistics');
    expect(window.location.pathname).toBe('/residents');
    expect(calls.some((c) => c.url.startsWith('/api/residents'))).toBe(false);
  });
});
