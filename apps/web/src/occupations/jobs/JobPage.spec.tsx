import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { JobDetailView, JobMatchView } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../../test-utils';
import { JobPage } from './JobPage';

const R1 = '7b0f0c0e-1111-4a4a-9a9a-000000000001';
const R2 = '7b0f0c0e-1111-4a4a-9a9a-000000000002';

const job: JobDetailView = {
  id: 'j-1',
  title: 'ผู้ช่วยครัวศูนย์พัฒนาเด็กเล็กเทศบาล',
  field: 'food',
  organisation: 'ศูนย์พัฒนาเด็กเล็กเทศบาลตำบลแกลง-กะเฉด',
  place: 'สำนักงานเทศบาล',
  weekdays: [1, 2, 3, 4, 5],
  startTime: '09:00',
  endTime: '13:00',
  physicalDemand: 'light',
  slots: 1,
  shareable: false,
  description: null,
  open: true,
  activePlacements: 0,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  placements: [],
};

const matches: JobMatchView[] = [
  {
    residentId: R1,
    name: 'นางสาวละออ ทองคำ',
    age: 79,
    sex: 'female',
    score: 40,
    reasons: [
      { code: 'wisdom_branch', text: 'ขึ้นทะเบียนคลังปัญญาที่เกี่ยวกับงานนี้: จักสานเส้นพลาสติก (ด้านอุตสาหกรรม หัตถกรรม จักสาน และ OTOP 15 ปี)', points: 40 },
      { code: 'adl_unknown', text: 'ยังไม่มีผลประเมิน ADL ควรประเมินก่อนมอบหมายงานที่ใช้แรงเบา', points: 0 },
    ],
  },
  {
    residentId: R2,
    name: 'นางบุญเรือน ทองคำ',
    age: 90,
    sex: 'female',
    score: 5,
    reasons: [
      { code: 'adl_fits', text: 'ADL ล่าสุด 10 คะแนน (ติดบ้าน) ทำงานที่ใช้แรงเบาได้', points: 10 },
      { code: 'engaged_section35', text: 'มีการจ้างงานตามมาตรา 35 อยู่', points: -15 },
    ],
  },
];

const renderJob = () => renderAt(<JobPage />, { path: '/occupations/jobs/j-1', route: '/occupations/jobs/:id' });

describe('JobPage matches', () => {
  it('ranks the matches and shows each reason’s text with its points', async () => {
    const { calls } = mockFetch(({ url }) => [200, url.endsWith('/matches') ? matches : job]);
    renderJob();
    const rows = await screen.findAllByTestId('match-row');
    expect(rows.map((r) => r.getAttribute('data-resident'))).toEqual([R1, R2]);
    expect(rows[0].querySelector('[data-testid="match-score"]')?.textContent).toBe('40 คะแนน');
    const reasons = screen.getAllByTestId('match-reason');
    expect(reasons.map((r) => r.getAttribute('data-code'))).toEqual(['wisdom_branch', 'adl_unknown', 'adl_fits', 'engaged_section35']);
    expect(reasons[0].textContent).toBe(`+40 ${matches[0].reasons[0].text}`);
    expect(reasons[1].textContent).toBe(`0 ${matches[0].reasons[1].text}`);
    expect(reasons[3].textContent).toBe(`−15 ${matches[1].reasons[1].text}`);
    expect(calls.map((c) => c.url)).toContain('/api/jobs/j-1/matches');
  });

  it('places a matched elder from a date in BE and reloads the job and its matches', async () => {
    const { calls } = mockFetch(({ url, method }) => {
      if (method === 'POST') return [201, { id: 'p-1' }];
      return [200, url.endsWith('/matches') ? matches : job];
    });
    renderJob();
    fireEvent.click(await screen.findByTestId(`place-${R1}`));
    fireEvent.change(document.querySelector('[name="from"]') as HTMLInputElement, { target: { value: '01/12/2569' } });
    fireEvent.click(screen.getByTestId('placement-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/jobs/j-1/placements');
    expect(post?.body).toEqual({ residentId: R1, from: '2026-12-01' });
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/jobs/j-1/matches')).toHaveLength(2));
  });

  it('says why a placement is refused when the job is full', async () => {
    mockFetch(({ url, method }) => {
      if (method === 'POST')
        return [
          409,
          {
            statusCode: 409,
            code: 'JOB_FULL',
            message: 'งานนี้มีผู้สูงอายุทำครบ 1 ตำแหน่งแล้วในช่วงวันที่นี้',
            errors: [{ field: 'from', code: 'jobFull', message: 'ตำแหน่งงานเต็ม (1 ตำแหน่ง) ในช่วงวันที่นี้' }],
          },
        ];
      return [200, url.endsWith('/matches') ? matches : job];
    });
    renderJob();
    fireEvent.click(await screen.findByTestId(`place-${R2}`));
    fireEvent.click(screen.getByTestId('placement-save'));
    expect((await screen.findByTestId('error-from')).textContent).toBe('ตำแหน่งงานเต็ม (1 ตำแหน่ง) ในช่วงวันที่นี้');
    expect(screen.getByTestId('conflict-error').textContent).toContain('ครบ 1 ตำแหน่ง');
  });
});
