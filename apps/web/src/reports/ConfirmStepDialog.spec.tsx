import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { YearlyReport } from '@elderwork/contracts';
import { mockFetch, renderAt, staffUser, type Call } from '../test-utils';
import { ConfirmStepDialog } from './ConfirmStepDialog';
import { report, submitStep } from './fixtures';
import { ReportPage } from './ReportPage';

const adminUser = { ...staffUser, id: 'u-admin', email: 'admin@khlaengkachet.demo', displayName: 'ปลัดเทศบาล', role: 'lao_admin' as const };
const PATH = '/reports/yearly?year=2568&yearType=calendar';

const submitted: YearlyReport = {
  ...report,
  version: 'submitted',
  status: 'submitted',
  submittedAt: '2026-01-05T03:30:00Z',
  steps: [submitStep],
  changesSinceSubmission: [
    { model: 'section35', submitted: { persons: 13, income: 1565850 }, now: { persons: 14, income: 1615850.25 }, changed: true },
    { model: 'caregiver', submitted: { persons: 2, income: 120000 }, now: { persons: 2, income: 120000 }, changed: false },
    { model: 'occupation', submitted: { persons: 0, income: 0 }, now: { persons: 0, income: 0 }, changed: false },
    { model: 'total', submitted: { persons: 15, income: 1685850 }, now: { persons: 16, income: 1735850.25 }, changed: true },
  ],
};

/** The live and submitted versions; POSTs answered by `post`. */
function serve(live: YearlyReport, post: (call: Call) => [number, unknown] = () => [200, submitted]) {
  return mockFetch((call) => {
    if (call.method === 'POST') return post(call);
    if (call.url.includes('version=submitted')) return [200, submitted];
    return [200, live];
  });
}

describe('ConfirmStepDialog', () => {
  it('shows the figures the step is about and sends the note, trimmed; an empty note is no note', async () => {
    const confirmed: (string | null)[] = [];
    renderAt(<ConfirmStepDialog step="submit" report={report} busy={false} onConfirm={(text) => confirmed.push(text)} onCancel={() => undefined} />);
    expect(screen.getByRole('dialog').textContent).toContain('ยืนยันการเสนอรายงานปี 2568');
    expect(screen.getByTestId('confirm-total-income').textContent).toBe('1,685,850.00');
    expect(within(screen.getByTestId('confirm-figures')).getByText('การจ้างงานคนพิการตามมาตรา 35')).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(confirmed).toEqual([null]));
    fireEvent.change(screen.getByTestId('confirm-text'), { target: { value: '  ตรวจทานกับบัญชีแล้ว  ' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(confirmed).toEqual([null, 'ตรวจทานกับบัญชีแล้ว']));
  });

  it('a return needs a reason (the server’s own rule, in Thai) before it is sent', async () => {
    const confirmed: (string | null)[] = [];
    renderAt(<ConfirmStepDialog step="return" report={submitted} busy={false} onConfirm={(text) => confirmed.push(text)} onCancel={() => undefined} />);
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('error-reason')).textContent).toBe('กรุณาระบุเหตุผล (ไม่เกิน 500 ตัวอักษร)');
    expect(confirmed).toEqual([]);
    fireEvent.change(screen.getByTestId('confirm-text'), { target: { value: 'ขาดรายได้เดือนกันยายน' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(confirmed).toEqual(['ขาดรายได้เดือนกันยายน']));
  });

  it('cancel and Escape close it without confirming', () => {
    let cancelled = 0;
    const confirmed: (string | null)[] = [];
    renderAt(<ConfirmStepDialog step="approve" report={submitted} busy={false} onConfirm={(text) => confirmed.push(text)} onCancel={() => (cancelled += 1)} />);
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(cancelled).toBe(2);
    expect(confirmed).toEqual([]);
  });
});

describe('the report workflow on the page', () => {
  it('staff submit after confirming, with a note; nothing is sent before the confirmation', async () => {
    const { calls } = serve(report);
    renderAt(<ReportPage />, { path: PATH });
    fireEvent.click(await screen.findByTestId('report-submit'));
    await screen.findByTestId('confirm-dialog');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(screen.getByTestId('confirm-text'), { target: { value: 'ตรวจทานแล้ว' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('report-flash')).textContent).toBe('เสนอรายงานแล้ว รอผู้บริหารอนุมัติ');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/reports/yearly/2568/submit');
    expect(post?.body).toEqual({ yearType: 'calendar', note: 'ตรวจทานแล้ว' });
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });

  it('cancelling the confirmation sends nothing', async () => {
    const { calls } = serve(report);
    renderAt(<ReportPage />, { path: PATH });
    fireEvent.click(await screen.findByTestId('report-submit'));
    fireEvent.click(await screen.findByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('the admin is sent from the live figures to the submitted ones, and approves only there', async () => {
    const { calls } = serve({ ...report, status: 'submitted', steps: [submitStep] });
    renderAt(<ReportPage />, { path: PATH, user: adminUser });
    await screen.findByTestId('submitted-notice');
    expect(screen.queryByTestId('report-approve')).toBeNull();
    fireEvent.click(screen.getByTestId('report-open-submitted'));
    await screen.findByTestId('submission-changes');
    expect(calls.at(-1)?.url).toBe('/api/reports/yearly?year=2568&yearType=calendar&version=submitted');
    expect(screen.getByTestId('version-submitted').getAttribute('aria-pressed')).toBe('true');
  });

  it('the admin sees what changed since submission, and approving sends the note for the submitted version', async () => {
    const { calls } = serve(report, () => [200, { ...submitted, version: 'approved', status: 'approved' }]);
    renderAt(<ReportPage />, { path: `${PATH}&version=submitted`, user: adminUser });
    const changes = await screen.findByTestId('submission-changes');
    expect(changes.dataset['changed']).toBe('true');
    expect(screen.getByTestId('changes-summary').textContent).toContain('ข้อมูลเปลี่ยนไปหลังการเสนอ');
    expect(screen.getByTestId('change-section35-submitted-income').textContent).toBe('1,565,850.00');
    expect(screen.getByTestId('change-section35-now-income').textContent).toBe('1,615,850.25');
    expect(screen.getByTestId('change-section35-difference').textContent).toBe('+50,000.25');
    expect(screen.getByTestId('change-caregiver-difference').textContent).toBe('–');
    expect(screen.getByTestId('version-note').textContent).toContain('5 ม.ค. 2569 10:30');
    // The figures shown are the submitted ones, not drillable.
    expect(screen.getByTestId('figure-section35-income').tagName).toBe('SPAN');

    fireEvent.click(screen.getByTestId('report-approve'));
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.dataset['step']).toBe('approve');
    expect(screen.getByTestId('confirm-total-income').textContent).toBe('1,685,850.00');
    fireEvent.change(screen.getByTestId('confirm-text'), { target: { value: 'อนุมัติตามที่เสนอ' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ yearType: 'calendar', note: 'อนุมัติตามที่เสนอ' }));
    expect(calls.find((c) => c.method === 'POST')?.url).toBe('/api/reports/yearly/2568/approve');
  });

  it('the admin returns it with a reason; staff may withdraw it while it waits', async () => {
    const returned = serve(report, () => [200, { ...report, status: 'returned' }]);
    const { unmount } = renderAt(<ReportPage />, { path: `${PATH}&version=submitted`, user: adminUser });
    fireEvent.click(await screen.findByTestId('report-return'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await screen.findByTestId('error-reason');
    expect(returned.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(screen.getByTestId('confirm-text'), { target: { value: 'ขาดรายได้เดือนกันยายน' } });
    fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('report-flash')).textContent).toBe('ส่งรายงานกลับให้เจ้าหน้าที่แก้ไขแล้ว');
    const post = returned.calls.find((c) => c.method === 'POST');
    expect([post?.url, post?.body]).toEqual(['/api/reports/yearly/2568/return', { yearType: 'calendar', reason: 'ขาดรายได้เดือนกันยายน' }]);
    unmount();

    const withdrawn = serve({ ...report, status: 'submitted', steps: [submitStep] }, () => [200, { ...report, status: 'withdrawn' }]);
    renderAt(<ReportPage />, { path: PATH });
    expect(screen.queryByTestId('report-approve')).toBeNull();
    fireEvent.click(await screen.findByTestId('report-withdraw'));
    expect((await screen.findByTestId('report-flash')).textContent).toBe('ถอนการเสนอรายงานแล้ว แก้ไขข้อมูลแล้วเสนอใหม่ได้');
    expect(withdrawn.calls.find((c) => c.method === 'POST')?.url).toBe('/api/reports/yearly/2568/withdraw');
  });

  it('statuses and steps read in Thai: returned, with its reason', async () => {
    const returnStep = { ...submitStep, action: 'return' as const, at: '2026-01-06T02:00:00Z', reason: 'ขาดรายได้เดือนกันยายน' };
    serve({ ...report, status: 'returned', steps: [submitStep, returnStep] });
    renderAt(<ReportPage />, { path: PATH });
    expect((await screen.findByTestId('report-status')).textContent).toBe('ส่งกลับให้แก้ไข');
    const rows = screen.getAllByTestId('step-row');
    expect(rows[1].textContent).toContain('ส่งกลับให้แก้ไข');
    expect(rows[1].textContent).toContain('ขาดรายได้เดือนกันยายน');
    expect(rows[1].textContent).toContain('6 ม.ค. 2569 09:00');
    // Returned: staff may submit again.
    expect(screen.getByTestId('report-submit')).toBeTruthy();
  });
});
