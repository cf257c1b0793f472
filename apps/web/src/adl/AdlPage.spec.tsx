import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ADL_ITEMS, ADL_ITEM_DEFINITIONS, type AdlAssessmentView, type AdlItem } from '@elderwork/contracts';
import { residentOf } from '../test-fixtures';
import { setLang } from '../i18n';
import { mockFetch, renderAt, type Call } from '../test-utils';
import { AdlPage } from './AdlPage';

const elder = residentOf({ id: 'r-5' });
const homebound: Record<AdlItem, number> = {
  feeding: 2, bathing: 0, grooming: 1, dressing: 1, bowels: 2, bladder: 1, toiletUse: 1, transfers: 1, mobility: 0, stairs: 0,
};
const earlier: AdlAssessmentView = {
  id: 'adl-0',
  residentId: 'r-5',
  assessedOn: '2026-02-01',
  items: null,
  total: 12,
  group: 'social',
  dependent: false,
  reassessmentDueOn: '2026-11-01',
  note: null,
  assessedBy: { id: 'u-1', displayName: 'สมศรี ใจดี' },
  createdAt: '2026-02-01T03:00:00Z',
};

function api(onPost: (call: Call) => [number, unknown]) {
  return mockFetch((call) => {
    if (call.method === 'POST') return onPost(call);
    if (call.url === '/api/residents/r-5') return [200, elder];
    if (call.url === '/api/residents/r-5/adl-assessments') return [200, [earlier]];
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
  });
}

const score = (item: AdlItem, value: number) => fireEvent.click(screen.getByTestId(`adl-${item}-${value}`));
const renderAdl = () => renderAt(<AdlPage />, { path: '/residents/r-5/adl', route: '/residents/:id/adl' });

describe('AdlPage', () => {
  it('adds up the items live and names the group only when all ten are scored', async () => {
    api(() => [500, {}]);
    renderAdl();
    await screen.findByTestId('adl-form');
    expect(screen.getAllByTestId('adl-history-row')).toHaveLength(1);
    // Each item offers its own range, with the Thai form's descriptions.
    expect(screen.getByTestId('adl-item-transfers').querySelectorAll('input[type="radio"]')).toHaveLength(4);
    expect(screen.getByTestId('adl-item-bathing').textContent).toContain('อาบน้ำเองได้');
    expect(screen.getByTestId('adl-total').textContent).toBe('–');

    score('feeding', 2);
    score('transfers', 3);
    expect(screen.getByTestId('adl-total').textContent).toBe('5');
    expect(screen.getByTestId('adl-group').getAttribute('data-group')).toBe('');

    for (const item of ADL_ITEMS) score(item, homebound[item]);
    expect(screen.getByTestId('adl-total').textContent).toBe('9');
    expect(screen.getByTestId('adl-group').getAttribute('data-group')).toBe('homebound');
    expect(screen.getByTestId('adl-group').textContent).toContain('ติดบ้าน');

    score('transfers', 0);
    score('mobility', 0);
    score('feeding', 0);
    score('bowels', 0);
    expect(screen.getByTestId('adl-total').textContent).toBe('4');
    expect(screen.getByTestId('adl-group').textContent).toContain('ติดเตียง');

    for (const item of ADL_ITEMS) score(item, ADL_ITEM_DEFINITIONS[item].max);
    expect(screen.getByTestId('adl-total').textContent).toBe('20');
    expect(screen.getByTestId('adl-group').textContent).toContain('ติดสังคม');
  });

  it('posts the ten items with a CE date and shows the saved group', async () => {
    const { calls } = api((call) => [201, { ...earlier, id: 'adl-1', assessedOn: '2026-11-20', items: homebound, total: 9, group: 'homebound', dependent: true, reassessmentDueOn: '2027-08-20', note: null, ...((call.body as object) ?? {}) }]);
    renderAdl();
    await screen.findByTestId('adl-form');
    fireEvent.change(document.querySelector('[name="assessedOn"]') as HTMLInputElement, { target: { value: '20/11/2569' } });
    for (const item of ADL_ITEMS) score(item, homebound[item]);
    fireEvent.click(screen.getByTestId('adl-save'));
    expect((await screen.findByTestId('adl-flash')).textContent).toBe('บันทึกผลการประเมินแล้ว: 9 คะแนน (ติดบ้าน)');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/residents/r-5/adl-assessments');
    expect(post?.body).toEqual({ assessedOn: '2026-11-20', items: homebound });
    // The history is read again after saving.
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/residents/r-5/adl-assessments' && c.method === 'GET')).toHaveLength(2));
  });

  it('asks for a score on every unanswered item before sending (not the item’s range)', async () => {
    const { calls } = api(() => [500, {}]);
    renderAdl();
    await screen.findByTestId('adl-form');
    score('feeding', 1);
    fireEvent.click(screen.getByTestId('adl-save'));
    expect((await screen.findByTestId('error-items.bathing')).textContent).toBe('กรุณาเลือกคะแนนข้อนี้');
    expect(screen.getByTestId('error-items.transfers').textContent).toBe('กรุณาเลือกคะแนนข้อนี้');
    expect(screen.getAllByText('กรุณาเลือกคะแนนข้อนี้')).toHaveLength(9);
    expect(screen.queryByTestId('error-items.feeding')).toBeNull();
    // Answering the item clears its message.
    score('bathing', 1);
    await waitFor(() => expect(screen.queryByTestId('error-items.bathing')).toBeNull());
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('asks for the score in English when English is chosen', async () => {
    api(() => [500, {}]);
    setLang('en');
    renderAdl();
    await screen.findByTestId('adl-form');
    fireEvent.click(screen.getByTestId('adl-save'));
    expect((await screen.findByTestId('error-items.stairs')).textContent).toBe('Choose a score for this item');
  });

  it('shows the server’s message for an unanswered item on that item', async () => {
    const message = 'กรุณาเลือกคะแนนข้อนี้';
    api(() => [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'ข้อมูลไม่ถูกต้อง', errors: [{ field: 'items.stairs', code: 'adlScoreRequired', message }] }]);
    renderAdl();
    await screen.findByTestId('adl-form');
    for (const item of ADL_ITEMS) score(item, homebound[item]);
    fireEvent.click(screen.getByTestId('adl-save'));
    expect((await screen.findByTestId('error-items.stairs')).textContent).toBe(message);
  });

  it('lists each assessment’s item scores with the item names, one a line', async () => {
    const scored: AdlAssessmentView = { ...earlier, id: 'adl-3', assessedOn: '2026-05-01', items: homebound, total: 9, group: 'homebound', dependent: true };
    mockFetch((call) => {
      if (call.url === '/api/residents/r-5') return [200, elder];
      if (call.url === '/api/residents/r-5/adl-assessments') return [200, [scored, earlier]];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    renderAdl();
    const items = await screen.findByTestId('adl-history-items');
    // The latest assessment's scores are open; the one recorded as a total alone has none to list.
    expect((items as HTMLDetailsElement).open).toBe(true);
    expect(screen.getAllByTestId('adl-history-items')).toHaveLength(1);
    const lines = Array.from(items.querySelectorAll('li')).map((li) => li.textContent);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('การรับประทานอาหาร 2/2');
    expect(lines[1]).toBe('การอาบน้ำ 0/1');
    expect(lines[7]).toBe('ลุกนั่งจากที่นอน 1/3');
    expect(lines[9]).toBe('การขึ้นลงบันได 0/2');
    expect(screen.getByTestId('adl-history-item-feeding').getAttribute('title')).toBe(ADL_ITEM_DEFINITIONS.feeding.label.th);
  });

  it('names the items in English when English is chosen', async () => {
    mockFetch((call) => {
      if (call.url === '/api/residents/r-5') return [200, elder];
      if (call.url === '/api/residents/r-5/adl-assessments') return [200, [{ ...earlier, items: homebound, total: 9, group: 'homebound' }]];
      return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
    });
    setLang('en');
    renderAdl();
    expect((await screen.findByTestId('adl-history-item-toiletUse')).textContent).toBe('Toilet use 1/2');
  });

  it('records a total alone when only the score was kept on paper', async () => {
    const { calls } = api(() => [201, { ...earlier, id: 'adl-2', total: 3, group: 'bedbound', dependent: true }]);
    renderAdl();
    await screen.findByTestId('adl-form');
    fireEvent.click(screen.getByTestId('adl-mode-total'));
    fireEvent.change(await screen.findByTestId('adl-total-input'), { target: { value: '3' } });
    expect(screen.getByTestId('adl-group').textContent).toContain('ติดเตียง');
    fireEvent.click(screen.getByTestId('adl-save'));
    await screen.findByTestId('adl-flash');
    const body = calls.find((c) => c.method === 'POST')?.body as Record<string, unknown>;
    expect(body['total']).toBe(3);
    expect(body).not.toHaveProperty('items');
  });
});
