import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { YearlyReport } from '@elderwork/contracts';
import { initI18n } from '../i18n';
import { mockFetch, renderAt, type Call } from '../test-utils';
import { report, section35Records } from './fixtures';
import { ReportPage } from './ReportPage';

const approved: YearlyReport = { ...report, version: 'approved', status: 'approved', approvedAt: '2026-01-06T02:00:00Z' };

interface FileRequest {
  url: string;
  authorization: string | null;
}

/**
 * The report (live, and approved when given) and its records as JSON, and the export endpoints as
 * files named by Content-Disposition, as the API sends them (`exportStatus` other than 200: an error).
 */
function serve({ live = report, approvedVersion, exportStatus = 200 }: { live?: YearlyReport; approvedVersion?: YearlyReport; exportStatus?: number } = {}) {
  const { calls, fetch: json } = mockFetch((call: Call) => {
    if (call.url.startsWith('/api/reports/yearly/records')) {
      const items = section35Records();
      return [200, { items, total: { persons: 13, income: items.reduce((a, r) => a + r.income, 0), averagePerPerson: 0 } }];
    }
    if (call.url.includes('version=approved')) {
      return approvedVersion ? [200, approvedVersion] : [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบรายงานฉบับที่อนุมัติแล้วของปีนี้' }];
    }
    return [200, live];
  });
  const files: FileRequest[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    if (!url.includes('/export')) return json(url, init) as Promise<Response>;
    files.push({ url, authorization: new Headers(init.headers).get('Authorization') });
    if (exportStatus !== 200) {
      const body = { statusCode: exportStatus, code: 'FORBIDDEN', message: 'ไม่มีสิทธิ์ดาวน์โหลดรายงานนี้' };
      return new Response(JSON.stringify(body), { status: exportStatus, headers: { 'Content-Type': 'application/json' } });
    }
    const q = new URL(url, 'http://x').searchParams;
    const name = url.startsWith('/api/reports/yearly/records/export')
      ? `elderwork-report-records-${q.get('year')}.csv`
      : `elderwork-report-${q.get('year')}-${q.get('yearType')}.${q.get('format')}`;
    return new Response('file', { status: 200, headers: { 'Content-Disposition': `attachment; filename="${name}"` } });
  });
  return { calls, files };
}

describe('ReportPage downloads', () => {
  /** The names the page saved files under (the `download` of the clicked object-URL link). */
  let saved: string[];
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

  beforeEach(() => {
    saved = [];
    // jsdom has no object URLs and does not save files: stand in for both.
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (this.href === 'blob:report') saved.push(this.download);
    });
    localStorage.setItem('elderwork.token', 'tok');
  });
  afterEach(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    vi.restoreAllMocks();
  });

  it('downloads the PDF of the live report shown, with the token, under the API’s file name', async () => {
    const { files } = serve();
    renderAt(<ReportPage />, { path: '/reports/yearly?year=2568&yearType=calendar' });
    const pdf = await screen.findByTestId('report-download-pdf');
    expect(pdf.textContent).toBe('ดาวน์โหลด PDF');
    fireEvent.click(pdf);
    await waitFor(() => expect(saved).toEqual(['elderwork-report-2568-calendar.pdf']));
    expect(files).toEqual([{ url: '/api/reports/yearly/export?year=2568&yearType=calendar&version=live&format=pdf', authorization: 'Bearer tok' }]);
    expect(screen.getByTestId('report-download-pdf').getAttribute('title')).toBe('ไฟล์ของฉบับปัจจุบัน ตามที่แสดงอยู่');
  });

  it('downloads the Excel file of the approved version once the page shows it', async () => {
    const fiscal = { ...report, year: 2569, yearType: 'fiscal' as const };
    const { files } = serve({ live: fiscal, approvedVersion: { ...approved, year: 2569, yearType: 'fiscal' } });
    renderAt(<ReportPage />, { path: '/reports/yearly?year=2569&yearType=fiscal' });
    await screen.findByTestId('report-downloads');
    fireEvent.click(screen.getByTestId('version-approved'));
    await waitFor(() => expect(screen.getByTestId('report-downloads').dataset['version']).toBe('approved'));
    expect(screen.getByTestId('report-download-xlsx').textContent).toBe('ดาวน์โหลด Excel');
    fireEvent.click(screen.getByTestId('report-download-xlsx'));
    await waitFor(() => expect(saved).toEqual(['elderwork-report-2569-fiscal.xlsx']));
    expect(files.map((f) => f.url)).toEqual(['/api/reports/yearly/export?year=2569&yearType=fiscal&version=approved&format=xlsx']);
    expect(screen.getByTestId('report-download-xlsx').getAttribute('title')).toBe('ไฟล์ของฉบับที่อนุมัติแล้ว ตามที่แสดงอยู่');
  });

  it('offers no download while there is no approved version to show', async () => {
    serve();
    renderAt(<ReportPage />, { path: '/reports/yearly?year=2568&yearType=calendar&version=approved' });
    await screen.findByTestId('no-approved');
    expect(screen.queryByTestId('report-downloads')).toBeNull();
  });

  it('labels the buttons in English', async () => {
    initI18n('en');
    serve();
    renderAt(<ReportPage />, { path: '/reports/yearly?year=2568&yearType=calendar' });
    expect((await screen.findByTestId('report-download-pdf')).textContent).toBe('Download PDF');
    expect(screen.getByTestId('report-download-xlsx').textContent).toBe('Download Excel');
  });

  it('shows the API’s refusal and saves nothing', async () => {
    serve({ exportStatus: 403 });
    renderAt(<ReportPage />, { path: '/reports/yearly?year=2568&yearType=calendar' });
    fireEvent.click(await screen.findByTestId('report-download-pdf'));
    expect((await screen.findByTestId('report-download-error')).textContent).toBe('ไม่มีสิทธิ์ดาวน์โหลดรายงานนี้');
    expect(saved).toEqual([]);
    expect((screen.getByTestId('report-download-pdf') as HTMLButtonElement).disabled).toBe(false);
  });

  it('downloads the records behind a figure as CSV, masked unless full IDs are ticked', async () => {
    const { files } = serve();
    renderAt(<ReportPage />, { path: '/reports/yearly?year=2568&yearType=calendar' });
    fireEvent.click(await screen.findByTestId('figure-section35-income'));
    const csv = await screen.findByTestId('drill-download-csv');
    expect(csv.textContent).toBe('ดาวน์โหลด CSV');
    fireEvent.click(csv);
    await waitFor(() => expect(saved).toEqual(['elderwork-report-records-2568.csv']));
    expect(files.at(-1)).toEqual({ url: '/api/reports/yearly/records/export?year=2568&yearType=calendar&model=section35', authorization: 'Bearer tok' });
    expect(screen.queryByTestId('drill-full-ids-note')).toBeNull();

    fireEvent.click(screen.getByLabelText('ใส่เลขประจำตัวประชาชนเต็มในไฟล์'));
    expect(screen.getByTestId('drill-full-ids-note').textContent).toContain('บันทึกในประวัติการใช้ข้อมูล');
    fireEvent.click(screen.getByTestId('drill-download-csv'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(files.at(-1)?.url).toBe('/api/reports/yearly/records/export?year=2568&yearType=calendar&model=section35&full=true');
  });
});
