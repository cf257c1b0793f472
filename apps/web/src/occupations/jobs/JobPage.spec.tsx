import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { JobDetailView, JobMatchView } from '@elderwork/contracts';
import { setLang } from '../../i18n';
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
    score: 35,
    reasons: [
      { code: 'completed_course', text: 'เคยอบรมหลักสูตร "ผู้ช่วยครัว" ตรงกับสายงานอาหาร', en: 'Completed the course "ผู้ช่วยครัว", in the field Food', points: 20 },
      { code: 'adl_fits', text: 'ADL 18 คะแนน (ติดสังคม) ทำงานเบาได้', en: 'ADL 18 (Socially active): fit for light work', points: 10 },
      { code: 'same_village', text: 'อยู่หมู่ 2 เดียวกับสถานที่ทำงาน', en: 'Lives in Moo 2, where the job is', points: 5 },
    ],
  },
  {
    residentId: R2,
    name: 'นางบุญเรือน ทองคำ',
    age: 90,
    sex: 'female',
    score: 5,
    reasons: [
      { code: 'wisdom_branch', text: 'ขึ้นทะเบียนคลังปัญญา "ขนมไทยโบราณ" (ด้านการพาณิชย์และบริการ) ตรงกับสายงานอาหาร', en: 'Wisdom bank: "ขนมไทยโบราณ" (Commerce and services), in the field Food', points: 30 },
      { code: 'adl_unknown', text: 'ยังไม่มีผลประเมิน ADL จึงยังไม่ทราบว่าทำงานเบาได้หรือไม่ ควรประเมินก่อนมอบหมายงาน อายุ 90 ปี จึงควรเป็นงานเบาเท่านั้น', en: 'No ADL assessment yet: fitness for light work unknown, assess before placing; aged 90, light work only', points: 0 },
      { code: 'engaged_caregiver', text: 'เป็นอาสาสมัครบริบาลท้องถิ่นอยู่ (ดูแลผู้สูงอายุวันจันทร์–ศุกร์) ชนกับวันจันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ของงานนี้', en: 'A local caregiver volunteer (care visits Monday–Friday), clashing with this job on Monday, Tuesday, Wednesday, Thursday, Friday', points: -25 },
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
    expect(rows[0].querySelector('[data-testid="match-score"]')?.textContent).toBe('35 คะแนน');
    const reasons = screen.getAllByTestId('match-reason');
    expect(reasons.map((r) => r.getAttribute('data-code'))).toEqual(['completed_course', 'adl_fits', 'same_village', 'wisdom_branch', 'adl_unknown', 'engaged_caregiver']);
    expect(reasons[0].textContent).toBe(`+20 ${matches[0].reasons[0].text}`);
    expect(reasons[4].textContent).toBe(`0 ${matches[1].reasons[1].text}`);
    expect(reasons[5].textContent).toBe(`−25 ${matches[1].reasons[2].text}`);
    expect(calls.map((c) => c.url)).toContain('/api/jobs/j-1/matches');
  });

  it('shows each reason in English when English is chosen', async () => {
    mockFetch(({ url }) => [200, url.endsWith('/matches') ? matches : job]);
    setLang('en');
    renderJob();
    await screen.findAllByTestId('match-row');
    const reasons = screen.getAllByTestId('match-reason');
    expect(reasons[1].textContent).toBe('+10 ADL 18 (Socially active): fit for light work');
    expect(reasons[5].textContent).toBe(`−25 ${matches[1].reasons[2].en}`);
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
