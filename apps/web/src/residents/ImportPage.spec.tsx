import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ImportJobView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { ImportPage } from './ImportPage';

const job = (over: Partial<ImportJobView>): ImportJobView => ({
  id: 'job-1', kind: 'residents', fileName: 'elders.csv', state: 'running', queuePosition: null, bytesTotal: 1000, bytesDone: 0,
  rowsDone: 0, rowsRejected: 0, inserted: 0, updated: 0, rejected: [], rejectionsTruncated: false, error: null, createdAt: '2026-11-26T00:00:00Z', finishedAt: null,
  ...over,
});

function chooseAndUpload() {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['nationalId\n'], 'elders.csv', { type: 'text/csv' })] } });
  fireEvent.click(screen.getByTestId('import-submit'));
}

describe('ImportPage (registry import as a job)', () => {
  it('asks for a job, shows the bar moving with the rows read, then the result', async () => {
    const views = [job({ bytesDone: 400, rowsDone: 4_000, rowsRejected: 2 }), job({ state: 'writing', bytesDone: 1000, rowsDone: 10_000, rowsRejected: 3 }),
      job({ state: 'done', bytesDone: 1000, rowsDone: 10_000, rowsRejected: 3, inserted: 9_990, updated: 7, finishedAt: '2026-11-26T00:00:05Z',
        rejected: [{ row: 4, field: 'nationalId', message: 'x' }] })];
    let polls = 0;
    const { calls, fetch } = mockFetch((call) => (call.method === 'POST' ? [202, job({ bytesDone: 100, rowsDone: 1_000 })] : [200, views[Math.min(polls++, 2)]]));
    renderAt(<ImportPage />);
    chooseAndUpload();
    const bar = await screen.findByTestId('import-progress-bar');
    expect(bar.getAttribute('value')).toBe('10');
    await waitFor(() => expect(screen.getByTestId('import-progress-rows').textContent).toContain('4,000'), { timeout: 3000 });
    expect(screen.getByTestId('import-progress-bar').getAttribute('value')).toBe('40');
    await screen.findByTestId('import-result', {}, { timeout: 5000 });
    expect(screen.queryByTestId('import-progress')).toBeNull();
    expect(screen.getByTestId('import-inserted').textContent).toContain('9,990');
    // Rows rejected, not entries in the list.
    expect(screen.getByTestId('import-rejected').textContent).toContain('3');
    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/residents/import' });
    expect((fetch.mock.calls[0]?.[1] as RequestInit).headers).toMatchObject({ Prefer: 'respond-async' });
    expect(calls.slice(1).every((c) => c.url === '/api/imports/job-1' && c.method === 'GET')).toBe(true);
  });

  it('cancels a running import and says nothing was saved', async () => {
    let cancelled = false;
    const { calls } = mockFetch((call) => {
      if (call.url.endsWith('/cancel')) {
        cancelled = true;
        return [200, job({ state: 'cancelled', rowsDone: 2_000, finishedAt: '2026-11-26T00:00:01Z' })];
      }
      if (call.method === 'POST') return [202, job({ rowsDone: 500 })];
      return [200, cancelled ? job({ state: 'cancelled', rowsDone: 2_000 }) : job({ rowsDone: 2_000, bytesDone: 200 })];
    });
    renderAt(<ImportPage />);
    chooseAndUpload();
    fireEvent.click(await screen.findByTestId('import-cancel'));
    const alert = await screen.findByTestId('import-cancelled', {}, { timeout: 3000 });
    expect(alert.textContent).toContain('ไม่มีการบันทึกข้อมูลใด ๆ');
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/imports/job-1/cancel')).toBe(true);
    expect(screen.queryByTestId('import-result')).toBeNull();
  });

  it('a queued import shows its place in line until it starts', async () => {
    let polls = 0;
    mockFetch((call) => (call.method === 'POST' ? [202, job({ state: 'queued', queuePosition: 3 })]
      : [200, call.url === '/api/imports/job-1' && polls++ < 2 ? job({ state: 'queued', queuePosition: 1 }) : job({ state: 'done', finishedAt: '2026-11-26T00:00:05Z' })]));
    renderAt(<ImportPage />);
    chooseAndUpload();
    const progress = await screen.findByTestId('import-progress');
    expect(progress.getAttribute('data-state')).toBe('queued');
    expect(progress.textContent).toContain('ลำดับที่ 3');
    await waitFor(() => expect(screen.getByTestId('import-progress').textContent).toContain('ลำดับที่ 1'), { timeout: 3000 });
    await screen.findByTestId('import-result', {}, { timeout: 5000 });
  });

  it('a job that fails shows its reason and no result', async () => {
    mockFetch((call) => (call.method === 'POST' ? [202, job({})] : [200, job({ state: 'failed', error: { code: 'BAD_FILE', message: 'อ่านไฟล์ CSV ไม่ได้ (บรรทัดที่ 7)' } })]));
    renderAt(<ImportPage />);
    chooseAndUpload();
    const alert = await screen.findByTestId('import-failed', {}, { timeout: 3000 });
    expect(alert.textContent).toContain('บรรทัดที่ 7');
    expect(screen.queryByTestId('import-result')).toBeNull();
  });
});
