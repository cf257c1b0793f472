import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';
import { VALIDATION_MESSAGES, type IncomeRecordList, type IncomeRecordView, type Page, type ProductView, type ResidentView } from '@elderwork/contracts';
import { mockFetch, renderAt, type Call } from '../../test-utils';
import { IncomeMonthPage } from './IncomeMonthPage';

const elder = (id: string, nationalId: string, firstName: string): ResidentView => ({
  id,
  nationalId,
  prefix: 'นาง',
  firstName,
  lastName: 'ใจดี',
  sex: 'female',
  birthDate: '1955-03-15',
  age: 71,
  houseNo: null,
  moo: 3,
  village: null,
  phone: null,
  disabilityType: null,
  disabilityCardIssuedOn: null,
  disabilityCardExpiresOn: null,
  livingAlone: false,
  caresForDisabledPerson: false,
  legalBasis: 'legal_duty',
  version: 1,
  removedAt: null,
  removalReason: null,
  createdAt: '2026-03-01T03:00:00Z',
  updatedAt: '2026-03-01T03:00:00Z',
});

const somsri = elder('7b0f0c0e-1111-4a4a-9a9a-000000000001', '1234567890121', 'สมศรี');
const malee = elder('7b0f0c0e-1111-4a4a-9a9a-000000000002', '3210000000011', 'มาลี');
const product: ProductView = {
  id: '7b0f0c0e-3333-4a4a-9a9a-000000000001',
  name: 'ขนมไทยบ้านกะเฉด',
  category: 'food',
  unit: 'ห่อ',
  price: 25,
  description: null,
  course: null,
  makers: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
};
const AMOUNT_RULE = 'จำนวนเงินต้องมากกว่า 0 และมีทศนิยมไม่เกิน 2 ตำแหน่ง';

const empty: IncomeRecordList = { items: [], total: 0, persons: 0, amount: 0 };

/** GETs answer with the fixtures (the month's lines, products, a registry search by ID); PUT with `onPut`. */
function api(onPut: (call: Call) => [number, unknown], month: IncomeRecordList = empty) {
  return mockFetch((call) => {
    if (call.method === 'PUT') return onPut(call);
    if (call.url.startsWith('/api/income-records?')) return [200, month];
    if (call.url.startsWith('/api/products')) return [200, { items: [product], total: 1 }];
    if (call.url.startsWith('/api/residents')) {
      const q = new URL(call.url, 'http://x').searchParams.get('q');
      const items = [somsri, malee].filter((r) => r.nationalId === q);
      const page: Page<ResidentView> = { items, total: items.length, page: 1, pageSize: 10 };
      return [200, page];
    }
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
  });
}

const cell = (row: number, column: string) => screen.getByTestId(`cell-${row}-${column}`) as HTMLInputElement | HTMLSelectElement;
const set = (row: number, column: string, value: string) => fireEvent.change(cell(row, column), { target: { value } });

async function chooseElder(row: number, resident: ResidentView) {
  set(row, 'elder', resident.nationalId);
  fireEvent.keyDown(cell(row, 'elder'), { key: 'Enter' });
  await waitFor(() => expect(cell(row, 'elder').getAttribute('data-resident')).toBe(resident.id));
}

const renderMonth = () => renderAt(<IncomeMonthPage />, { path: '/occupations/income?month=2026-09' });

describe('IncomeMonthPage (the month grid)', () => {
  it('maps a 400’s row errors onto the grid’s rows, keeps what was typed, and saves nothing', async () => {
    // Grid rows: 1 and 3 pass the client's check, 2 is left blank (not sent): the server's row 2 is the grid's row 3.
    // What only the server knows (here a product outside the LAO, a job placement's dates) comes back from it.
    const { calls } = api(() => [
      400,
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'ข้อมูลบางแถวไม่ถูกต้อง ไม่มีการบันทึกข้อมูลใด ๆ กรุณาแก้ไขแถวที่มีข้อความแจ้ง',
        errors: [
          { row: 2, field: 'amount', code: 'baht', message: AMOUNT_RULE },
          { row: 2, field: 'jobPlacementId', code: 'monthOutsideJobPlacement', message: 'เดือนนี้อยู่นอกช่วงเวลาที่ทำงานที่จัดหาให้' },
        ],
      },
    ]);
    renderMonth();
    await screen.findByTestId('income-grid');
    await screen.findByRole('option', { name: product.name });

    await chooseElder(1, somsri);
    set(1, 'amount', '1,250.50');
    set(1, 'product', product.id);
    set(1, 'channel', 'market');
    fireEvent.click(screen.getByTestId('income-add-row'));
    fireEvent.click(screen.getByTestId('income-add-row'));
    await chooseElder(3, malee);
    set(3, 'amount', '12.34');
    set(3, 'source', 'service');
    set(3, 'channel', 'order');
    fireEvent.click(screen.getByTestId('income-save'));

    const error = await screen.findByTestId('error-rows.3.amount');
    expect(error.textContent).toBe(AMOUNT_RULE);
    expect(screen.getByTestId('row-error-3').textContent).toContain('เดือนนี้อยู่นอกช่วงเวลา');
    expect(screen.queryByTestId('error-rows.1.amount')).toBeNull();
    expect(screen.getByTestId('form-error').textContent).toContain('ไม่ได้บันทึกข้อมูลใด ๆ');
    expect(screen.queryByTestId('flash')).toBeNull();
    // What was typed stays, on the rows it was typed in.
    expect(cell(3, 'amount').value).toBe('12.34');
    expect(cell(1, 'amount').value).toBe('1,250.50');
    expect(cell(3, 'elder').getAttribute('data-resident')).toBe(malee.id);
    expect(cell(3, 'amount').getAttribute('aria-invalid')).toBe('true');

    // One PUT, blank row left out; the amounts go as numbers.
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0].url).toBe('/api/income-records/month/2026-09');
    expect(puts[0].body).toEqual({
      rows: [
        { residentId: somsri.id, amount: 1250.5, source: 'product', productId: product.id, channel: 'market' },
        { residentId: malee.id, amount: 12.34, source: 'service', channel: 'order' },
      ],
    });

    // Correcting the amount clears its message at once.
    set(3, 'amount', '12.35');
    expect(screen.queryByTestId('error-rows.3.amount')).toBeNull();
  });

  it('refuses a row with no elder chosen before sending anything', async () => {
    const { calls } = api(() => [500, {}]);
    renderMonth();
    await screen.findByTestId('cell-1-elder');
    set(1, 'elder', 'ไม่มีใคร');
    set(1, 'amount', '100');
    fireEvent.click(screen.getByTestId('income-save'));
    expect((await screen.findByTestId('error-rows.1.residentId')).textContent).toBe('กรุณาค้นหาแล้วเลือกผู้สูงอายุ (กด Enter)');
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('saves the whole month: removed lines’ elders are named so their month is cleared, and the grid shows the result', async () => {
    const line: IncomeRecordView = {
      id: 'ir-1',
      resident: { id: malee.id, name: 'นางมาลี ใจดี', nationalId: malee.nationalId },
      month: '2026-09',
      amount: 900,
      source: 'other',
      product: null,
      channel: 'market',
      jobPlacementId: null,
      note: null,
      createdAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-01T00:00:00Z',
    };
    const saved: IncomeRecordView = { ...line, id: 'ir-2', resident: { id: somsri.id, name: 'นางสมศรี ใจดี', nationalId: somsri.nationalId }, amount: 500 };
    const { calls } = api(
      () => [200, { month: '2026-09', inserted: 1, updated: 0, deleted: 1, items: [saved], total: 1, persons: 1, amount: 500 }],
      { items: [line], total: 1, persons: 1, amount: 900 },
    );
    renderMonth();
    await waitFor(() => expect(cell(1, 'amount').value).toBe('900.00'));
    fireEvent.click(screen.getByTestId('row-remove-1'));
    await chooseElder(1, somsri);
    set(1, 'amount', '500');
    set(1, 'source', 'other');
    set(1, 'channel', 'market');
    fireEvent.click(screen.getByTestId('income-save'));
    expect((await screen.findByTestId('flash')).textContent).toBe('บันทึกรายได้เดือนกันยายน 2569 แล้ว: เพิ่ม 1 แก้ไข 0 ลบ 1 รายการ');
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      rows: [{ residentId: somsri.id, amount: 500, source: 'other', channel: 'market' }],
      residentIds: [malee.id],
    });
    expect(cell(1, 'amount').value).toBe('500.00');
    expect(screen.getByTestId('income-total').getAttribute('data-value')).toBe('500.00');
  });

  it('moves with Enter from cell to cell, and past the last cell adds a row', async () => {
    api(() => [500, {}]);
    renderMonth();
    await screen.findByTestId('cell-1-elder');
    await chooseElder(1, somsri);
    await waitFor(() => expect(document.activeElement).toBe(cell(1, 'amount')));
    fireEvent.keyDown(cell(1, 'amount'), { key: 'Enter' });
    expect(document.activeElement).toBe(cell(1, 'source'));
    // The product cell is skipped unless the source is a product; it is, by default.
    fireEvent.keyDown(cell(1, 'source'), { key: 'Enter' });
    expect(document.activeElement).toBe(cell(1, 'product'));
    cell(1, 'note').focus();
    fireEvent.keyDown(cell(1, 'note'), { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(cell(2, 'elder')));
    expect(screen.getAllByTestId('income-row')).toHaveLength(2);
  });

  it('checks every row before sending: all the client’s errors at once, and no request', async () => {
    const { calls } = api(() => [500, {}]);
    renderMonth();
    await screen.findByTestId('cell-1-elder');
    // 1 fine; 2 an amount with three decimals and no channel; 3 no elder chosen; 4 the same line as 1.
    await chooseElder(1, somsri);
    set(1, 'amount', '100');
    set(1, 'channel', 'market');
    fireEvent.click(screen.getByTestId('income-add-row'));
    await chooseElder(2, malee);
    set(2, 'amount', '12.345');
    set(2, 'channel', '');
    fireEvent.click(screen.getByTestId('income-add-row'));
    set(3, 'elder', 'ไม่มีใคร');
    set(3, 'amount', '50');
    set(3, 'channel', 'market');
    fireEvent.click(screen.getByTestId('income-add-row'));
    await chooseElder(4, somsri);
    set(4, 'amount', '20');
    set(4, 'channel', 'market');
    fireEvent.click(screen.getByTestId('income-save'));

    expect((await screen.findByTestId('error-rows.2.amount')).textContent).toBe(VALIDATION_MESSAGES.incomeAmount.th);
    expect(screen.getByTestId('error-rows.2.channel').textContent).toBe('กรุณาเลือกช่องทางจำหน่าย');
    expect(screen.getByTestId('error-rows.3.residentId').textContent).toBe('กรุณาค้นหาแล้วเลือกผู้สูงอายุ (กด Enter)');
    expect(screen.getByTestId('error-rows.4.channel').textContent).toContain('ซ้ำกับแถวที่ 1');
    expect(screen.queryByTestId('error-rows.1.amount')).toBeNull();
    expect(screen.queryByTestId('error-rows.1.channel')).toBeNull();
    expect(screen.getByTestId('form-error').textContent).toBe('ไม่ได้บันทึกข้อมูลใด ๆ: มี 3 แถวที่ต้องแก้ไข (แสดงข้อความไว้ในแถว)');
    expect(screen.getAllByTestId('income-row').map((r) => r.getAttribute('data-invalid'))).toEqual([null, 'true', 'true', 'true']);
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('marks the required columns with * and offers to choose a channel (not “fill in this field”)', async () => {
    api(() => [500, {}]);
    renderMonth();
    await screen.findByTestId('cell-1-elder');
    for (const column of ['elder', 'amount', 'source', 'channel']) {
      expect(screen.getByTestId(`col-${column}`).querySelector('.required')?.textContent?.trim()).toBe('*');
    }
    expect(screen.getByTestId('col-product').querySelector('.required')).toBeNull();
    const channel = cell(1, 'channel') as HTMLSelectElement;
    expect(channel.getAttribute('aria-required')).toBe('true');
    expect(channel.value).toBe('');
    expect(channel.options[0].textContent).toBe('— เลือกช่องทางจำหน่าย —');
    expect(channel.textContent).not.toContain('กรุณากรอกข้อมูลช่องนี้');
  });

  it('shows amounts with thousands separators once the cell is left, and sends them as numbers', async () => {
    const line: IncomeRecordView = {
      id: 'ir-1',
      resident: { id: malee.id, name: 'นางมาลี ใจดี', nationalId: malee.nationalId },
      month: '2026-09',
      amount: 12500.5,
      source: 'other',
      product: null,
      channel: 'market',
      jobPlacementId: null,
      note: null,
      createdAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-01T00:00:00Z',
    };
    const { calls } = api(() => [400, { statusCode: 400, code: 'VALIDATION_FAILED', message: 'x', errors: [] }], { items: [line], total: 1, persons: 1, amount: 12500.5 });
    renderMonth();
    await waitFor(() => expect(cell(1, 'amount').value).toBe('12,500.50'));
    // Leaving a loaded cell as it was changes nothing.
    fireEvent.blur(cell(1, 'amount'));
    expect(screen.queryByTestId('income-dirty')).toBeNull();

    fireEvent.click(screen.getByTestId('income-add-row'));
    await chooseElder(2, somsri);
    set(2, 'amount', '1710');
    expect(cell(2, 'amount').value).toBe('1710');
    fireEvent.blur(cell(2, 'amount'));
    expect(cell(2, 'amount').value).toBe('1,710.00');
    set(2, 'channel', 'fair');
    // Not an amount: left as typed for the rule to name.
    fireEvent.click(screen.getByTestId('income-add-row'));
    set(3, 'amount', '12.345');
    fireEvent.blur(cell(3, 'amount'));
    expect(cell(3, 'amount').value).toBe('12.345');
    fireEvent.click(screen.getByTestId(`row-remove-3`));
    expect(screen.getByTestId('income-total').textContent).toBe('14,210.50');

    fireEvent.click(screen.getByTestId('income-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      rows: [
        { residentId: malee.id, amount: 12500.5, source: 'other', channel: 'market' },
        { residentId: somsri.id, amount: 1710, source: 'other', channel: 'fair' },
      ],
      residentIds: [malee.id],
    });
  });

  describe('unsaved rows', () => {
    /** The month page with a link elsewhere, as the tabs above it are. */
    const renderWithTab = () =>
      renderAt(
        <>
          <Link to="/occupations/jobs" data-testid="tab-jobs">
            งานในชุมชน
          </Link>
          <IncomeMonthPage />
        </>,
        { path: '/occupations/income?month=2026-09', route: '/occupations/income' },
      );
    const beforeUnloadPrevented = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };

    it('leaves at once when nothing was typed', async () => {
      api(() => [500, {}]);
      renderWithTab();
      await screen.findByTestId('cell-1-elder');
      expect(beforeUnloadPrevented()).toBe(false);
      fireEvent.click(screen.getByTestId('tab-jobs'));
      expect((await screen.findByTestId('elsewhere')).textContent).toBe('/occupations/jobs');
      expect(screen.queryByTestId('leave-dialog')).toBeNull();
    });

    it('asks in Thai before a link leaves typed rows: staying keeps them, confirming leaves', async () => {
      api(() => [500, {}]);
      renderWithTab();
      await screen.findByTestId('cell-1-elder');
      set(1, 'amount', '250');
      expect(beforeUnloadPrevented()).toBe(true);

      fireEvent.click(screen.getByTestId('tab-jobs'));
      const dialog = await screen.findByTestId('leave-dialog');
      expect(dialog.textContent).toContain('ออกจากหน้านี้โดยไม่บันทึก?');
      expect(screen.queryByTestId('elsewhere')).toBeNull();
      expect(document.activeElement).toBe(screen.getByTestId('leave-stay'));
      fireEvent.click(screen.getByTestId('leave-stay'));
      expect(screen.queryByTestId('leave-dialog')).toBeNull();
      expect(screen.queryByTestId('elsewhere')).toBeNull();
      expect(cell(1, 'amount').value).toBe('250');

      fireEvent.click(screen.getByTestId('tab-jobs'));
      fireEvent.click(await screen.findByTestId('leave-confirm'));
      expect((await screen.findByTestId('elsewhere')).textContent).toBe('/occupations/jobs');
      expect(beforeUnloadPrevented()).toBe(false);
    });

    it('asks the same before another month replaces the grid', async () => {
      const { calls } = api(() => [500, {}]);
      renderWithTab();
      await screen.findByTestId('cell-1-elder');
      set(1, 'amount', '250');
      fireEvent.change(screen.getByTestId('month-select'), { target: { value: '2026-08' } });
      fireEvent.click(await screen.findByTestId('leave-stay'));
      expect(screen.getByTestId('income-month').textContent).toBe('กันยายน 2569');
      expect(cell(1, 'amount').value).toBe('250');

      fireEvent.change(screen.getByTestId('month-select'), { target: { value: '2026-08' } });
      fireEvent.click(await screen.findByTestId('leave-confirm'));
      await waitFor(() => expect(screen.getByTestId('income-month').textContent).toBe('สิงหาคม 2569'));
      await waitFor(() => expect(calls.some((c) => c.url.includes('month=2026-08'))).toBe(true));
    });
  });
});
