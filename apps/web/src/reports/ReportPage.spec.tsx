import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { YearlyReport } from '@elderwork/contracts';
import { mockFetch, renderAt, staffUser, type Call } from '../test-utils';
import { report, section35Records, submitStep } from './fixtures';
import { currentFiscalYear } from '../ui/YearFields';
import { ReportPage } from './ReportPage';

const adminUser = { ...staffUser, id: 'u-admin', email: 'admin@khlaengkachet.demo', displayName: 'ปลัดเทศบาล', role: 'lao_admin' as const };
const PATH = '/reports/yearly?year=2568&yearType=calendar';

/** The row of a month in Section 35's table by month. */
function monthRow(month: string): HTMLElement {
  const row = screen.getAllByTestId('section35-by-month-row').find((r) => r.dataset['key'] === month);
  if (!row) throw new Error(`no row for ${month}`);
  return row;
}

/** Answers the report (as `current`) and its records; `post` answers the workflow steps. */
function serve(current: YearlyReport, post?: (call: Call) => [number, unknown]) {
  return mockFetch((call) => {
    if (call.method === 'POST' && post) return post(call);
    if (call.url.startsWith('/api/reports/yearly/records')) {
      const month = new URL(call.url, 'http://x').searchParams.get('month') ?? undefined;
      const items = section35Records(month);
      return [200, { items, total: { persons: 13, income: items.reduce((a, r) => a + r.income, 0), averagePerPerson: 0 } }];
    }
    if (call.url.includes('version=approved')) return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบรายงานฉบับที่อนุมัติแล้วของปีนี้' }];
    return [200, current];
  });
}

describe('ReportPage', () => {
  it('asks for the live report of the current fiscal year by default', async () => {
    const { calls } = serve({ ...report, year: currentFiscalYear(), yearType: 'fiscal' });
    renderAt(<ReportPage />, { path: '/reports/yearly' });
    await screen.findByTestId('report-total-persons');
    expect(calls[0].url).toBe(`/api/reports/yearly?year=${currentFiscalYear()}&yearType=fiscal&version=live`);
  });

  it('shows the figures per model and in total, in Thai, with the status', async () => {
    serve(report);
    renderAt(<ReportPage />, { path: PATH });
    expect((await screen.findByTestId('report-total-persons')).textContent).toContain('15 คน');
    expect(screen.getByTestId('report-total-income').textContent).toContain('1,685,850.00 บาท');
    expect(screen.getByTestId('figure-section35-persons').textContent).toBe('13');
    expect(screen.getByTestId('figure-section35-income').textContent).toBe('1,565,850.00');
    expect(screen.getByTestId('figure-section35-average').textContent).toBe('120,450.00');
    expect(screen.getByTestId('report-status').textContent).toBe('ร่าง');
    expect(screen.getByTestId('report-period').textContent).toContain('1 มกราคม 2568 – 31 ธันวาคม 2568');
    const january = monthRow('2025-01');
    expect(january.textContent).toContain('มกราคม 2568');
    expect(within(january).getByTestId('cell-income').textContent).toBe('132,990.00');
    expect(screen.getAllByTestId('section35-by-sex-row')[0].textContent).toContain('หญิง');
    expect(screen.getByTestId('section35-by-disability-row').textContent).toContain('การเห็น');
    // Section 35's own figures, and another model's rendered generically.
    expect(screen.getByTestId('s35-by-modality-row').textContent).toContain('ให้การช่วยเหลืออื่นใด');
    expect(screen.getByTestId('s35-by-employer-row').textContent).toContain('บริษัท ระยองการช่าง จำกัด');
    expect(within(screen.getByTestId('details-caregiver')).getByTestId('detail-stipends').textContent).toBe('120,000.00');
    expect(screen.getByTestId('detail-recipientsByGroup').textContent).toContain('ติดเตียง');
    expect(screen.queryByTestId('details-occupation')).toBeNull();
  });

  it('gives staff the submit button only, and submits the report', async () => {
    const { calls } = serve(report, () => [200, { ...report, status: 'submitted', steps: [submitStep] }]);
    renderAt(<ReportPage />, { path: PATH });
    fireEvent.click(await screen.findByTestId('report-submit'));
    expect(screen.queryByTestId('report-approve')).toBeNull();
    expect(screen.queryByTestId('report-reopen')).toBeNull();
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect((await screen.findByTestId('report-flash')).textContent).toBe('เสนอรายงานแล้ว รอผู้บริหารอนุมัติ');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/reports/yearly/2568/submit');
    expect(post?.body).toEqual({ yearType: 'calendar' });
  });

  it('tells staff that a submitted report waits for approval, and offers no button', async () => {
    serve({ ...report, status: 'submitted', steps: [submitStep] });
    renderAt(<ReportPage />, { path: PATH });
    expect((await screen.findByTestId('report-status')).textContent).toBe('เสนอแล้ว รออนุมัติ');
    expect(screen.queryByTestId('report-submit')).toBeNull();
    expect(screen.queryByTestId('report-approve')).toBeNull();
    const step = screen.getByTestId('step-row');
    expect(step.textContent).toContain('เสนอรายงาน');
    // 03:30 UTC is 10:30 in Bangkok, on 5 January 2569 (BE).
    expect(step.textContent).toContain('5 ม.ค. 2569 10:30');
  });

  it('gives an administrator approve, and shows the API’s refusal when they submitted it themselves', async () => {
    const message = 'ผู้เสนอรายงานไม่สามารถอนุมัติรายงานของตนเองได้ ต้องให้ผู้บริหารอีกท่านอนุมัติ';
    const { calls } = serve({ ...report, version: 'submitted', status: 'submitted', steps: [submitStep] }, () => [403, { statusCode: 403, code: 'FORBIDDEN', message }]);
    renderAt(<ReportPage />, { path: `${PATH}&version=submitted`, user: adminUser });
    fireEvent.click(await screen.findByTestId('report-approve'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect((await screen.findByTestId('report-action-error')).textContent).toBe(message);
    expect(screen.queryByTestId('report-reopen')).toBeNull();
    expect(calls.find((c) => c.method === 'POST')?.url).toBe('/api/reports/yearly/2568/approve');
  });

  it('lets an administrator reopen an approved report, with a reason', async () => {
    const { calls } = serve({ ...report, status: 'approved' }, () => [200, { ...report, status: 'reopened' }]);
    renderAt(<ReportPage />, { path: PATH, user: adminUser });
    fireEvent.click(await screen.findByTestId('report-reopen'));
    fireEvent.click(screen.getByTestId('reopen-save'));
    expect(await screen.findByTestId('error-reason')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(document.querySelector('[name="reason"]') as HTMLTextAreaElement, { target: { value: 'แก้ไขรายได้เดือนมีนาคม' } });
    fireEvent.click(screen.getByTestId('reopen-save'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ yearType: 'calendar', reason: 'แก้ไขรายได้เดือนมีนาคม' }));
    expect(calls.find((c) => c.method === 'POST')?.url).toBe('/api/reports/yearly/2568/reopen');
  });

  it('opens the records behind a model’s income: the sum row equals the figure', async () => {
    const { calls } = serve(report);
    renderAt(<ReportPage />, { path: PATH });
    const figure = await screen.findByTestId('figure-section35-income');
    fireEvent.click(figure);
    const sum = await screen.findByTestId('drill-sum');
    expect(calls.at(-1)?.url).toBe('/api/reports/yearly/records?year=2568&yearType=calendar&model=section35');
    expect(screen.getByTestId('drill-sum-income').textContent).toBe(figure.textContent);
    expect(sum.dataset['persons']).toBe(screen.getByTestId('figure-section35-persons').textContent);
    expect(sum.dataset['income']).toBe('1565850.00');
    // National IDs are masked.
    expect(screen.getAllByTestId('drill-row')[0].textContent).toContain('1-2345-xxxxx-xx-1');
    expect(screen.getByTestId('drill-title').textContent).toBe('การจ้างงานคนพิการตามมาตรา 35');
  });

  it('opens the records behind one month: they add up to that month', async () => {
    const { calls } = serve(report);
    renderAt(<ReportPage />, { path: PATH });
    await screen.findByTestId('report-total-persons');
    const january = monthRow('2025-01');
    fireEvent.click(within(january).getByTestId('cell-income'));
    await screen.findByTestId('drill-sum');
    expect(calls.at(-1)?.url).toBe('/api/reports/yearly/records?year=2568&yearType=calendar&model=section35&month=2025-01');
    expect(screen.getAllByTestId('drill-row')).toHaveLength(13);
    expect(screen.getByTestId('drill-sum-income').textContent).toBe(within(january).getByTestId('cell-income').textContent);
    fireEvent.click(screen.getByTestId('drill-close'));
    expect(screen.queryByTestId('drilldown')).toBeNull();
  });

  it('says when there is no approved version, and does not offer drill-down on the approved one', async () => {
    serve(report);
    renderAt(<ReportPage />, { path: `${PATH}&version=approved` });
    expect((await screen.findByTestId('no-approved')).textContent).toContain('ยังไม่มีฉบับที่อนุมัติของปีนี้');
    expect(screen.queryByTestId('report-total-persons')).toBeNull();
  });

  it('shows the approved version frozen, without buttons or drill-down', async () => {
    const approved: YearlyReport = { ...report, version: 'approved', status: 'approved', approvedAt: '2026-01-06T02:00:00Z' };
    mockFetch(() => [200, approved]);
    renderAt(<ReportPage />, { path: `${PATH}&version=approved`, user: adminUser });
    expect((await screen.findByTestId('figure-section35-income')).tagName).toBe('SPAN');
    expect(screen.getByTestId('version-note').textContent).toContain('6 ม.ค. 2569 09:00');
    expect(screen.queryByTestId('report-actions')).toBeNull();
    expect(screen.getByTestId('version-approved').getAttribute('aria-pressed')).toBe('true');
  });
});
