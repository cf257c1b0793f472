import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { ImportResult, IncomeMonthResult, IncomeRecordList, IncomeRecordView, ProductView, ResidentView } from '@elderwork/contracts';
import { todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

const nextMonth = (): string => {
  const [y, m] = todayInBangkok().split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

describe('income records (occupations)', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let other: TestUser;
  let elder: ResidentView;
  let product: ProductView;

  const post = (body: object, user = staff) => t.http.post('/api/income-records').set(user.auth).send(body);
  const put = (month: string, body: object, user = staff) => t.http.put(`/api/income-records/month/${month}`).set(user.auth).send(body);
  const month = async (m: string, user = staff): Promise<IncomeRecordList> => (await t.http.get('/api/income-records').query({ month: m }).set(user.auth).expect(200)).body;
  const rowsOf = async (laoId: string): Promise<number> => Number((await t.owner.query(`SELECT count(*) AS n FROM income_record WHERE lao_id = $1`, [laoId])).rows[0].n);

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    other = await t.user('staff', (await t.lao()).id);
    elder = await t.resident(staff, { firstName: 'บุญเรือน' });
    product = (await t.http.post('/api/products').set(staff.auth).send({ name: 'ขนมกล้วย', category: 'food', unit: 'ห่อ', price: 20 }).expect(201)).body;
  });
  afterAll(() => t.close());

  describe('one record', () => {
    it('records an elder’s month (BE month accepted) with its source, product and channel', async () => {
      const res = await post({ residentId: elder.id, month: '2569-01', amount: '1,250.50', source: 'product', productId: product.id, channel: 'market' }).expect(201);
      expect(res.body as IncomeRecordView).toMatchObject({
        resident: { id: elder.id, nationalId: elder.nationalId }, month: '2026-01', amount: 1250.5, source: 'product',
        product: { id: product.id, name: 'ขนมกล้วย' }, channel: 'market', jobPlacementId: null,
      });
      await post({ residentId: elder.id, month: '02/2569', amount: 300, source: 'service', channel: 'order', note: 'รับจ้างทำขนม' }).expect(201);
      // The current month is allowed.
      await post({ residentId: elder.id, month: todayInBangkok().slice(0, 7), amount: 1, source: 'other', channel: 'other' }).expect(201);
    });

    it('amount > 0 with at most two decimals; month a real month, not in the future', async () => {
      for (const amount of [0, -5, 10.001, 'abc', null]) {
        const res = await post({ residentId: elder.id, month: '2025-05', amount, source: 'other', channel: 'other' }).expect(400);
        expect(res.body.errors[0].field).toBe('amount');
      }
      const future = await post({ residentId: elder.id, month: nextMonth(), amount: 10, source: 'other', channel: 'other' }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'month', code: 'monthInFuture' });
      for (const m of ['2025-13', '2025', 'มกราคม', '2025-1-32']) {
        const res = await post({ residentId: elder.id, month: m, amount: 10, source: 'other', channel: 'other' }).expect(400);
        expect(res.body.errors[0]).toMatchObject({ field: 'month', code: 'month' });
      }
      const mismatch = await post({ residentId: elder.id, month: '2025-05', amount: 10, source: 'service', productId: product.id, channel: 'lottery' }).expect(400);
      expect(mismatch.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['channel:isIn', 'productId:productNeedsProductSource']);
    });

    it('one line per elder, month, source, product and channel (409), another channel is another line', async () => {
      const line = { residentId: elder.id, month: '2025-06', amount: 100, source: 'product', productId: product.id, channel: 'fair' };
      const first = (await post(line).expect(201)).body as IncomeRecordView;
      const dup = await post({ ...line, amount: 999 }).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE_INCOME_RECORD', existingId: first.id });
      // NULL product collides too: two "other" lines of the same channel are one line.
      await post({ residentId: elder.id, month: '2025-06', amount: 5, source: 'other', channel: 'market' }).expect(201);
      await post({ residentId: elder.id, month: '2025-06', amount: 6, source: 'other', channel: 'market' }).expect(409);
      await post({ ...line, channel: 'online' }).expect(201);
      const list = await month('2025-06');
      expect(list).toMatchObject({ total: 3, persons: 1, amount: 205 });
    });

    it('lists by month, elder or product (one is required) and deletes a record', async () => {
      await t.http.get('/api/income-records').set(staff.auth).expect(400);
      const byProduct = await t.http.get('/api/income-records').query({ productId: product.id }).set(staff.auth).expect(200);
      expect((byProduct.body as IncomeRecordList).items.every((r) => r.product?.id === product.id)).toBe(true);
      const r = (await post({ residentId: elder.id, month: '2025-07', amount: 70, source: 'other', channel: 'other' }).expect(201)).body;
      await t.http.delete(`/api/income-records/${r.id}`).set(other.auth).expect(404);
      await t.http.delete(`/api/income-records/${r.id}`).set(staff.auth).expect(204);
      await t.http.delete(`/api/income-records/${r.id}`).set(staff.auth).expect(404);
    });

    it('another LAO’s elder or product is 404 naming the field', async () => {
      const theirs = await t.resident(other);
      const res = await post({ residentId: theirs.id, month: '2025-05', amount: 10, source: 'other', channel: 'other' }).expect(404);
      expect(res.body.errors[0]).toMatchObject({ field: 'residentId', code: 'elderNotInLao' });
      const res2 = await post({ residentId: (await t.resident(other)).id, month: '2025-05', amount: 10, source: 'product', productId: product.id, channel: 'other' }, other).expect(404);
      expect(res2.body.errors[0]).toMatchObject({ field: 'productId' });
    });
  });

  describe('month grid', () => {
    let a: ResidentView;
    let b: ResidentView;
    let c: ResidentView;
    beforeAll(async () => {
      [a, b, c] = [await t.resident(staff, { firstName: 'กานดา' }), await t.resident(staff, { firstName: 'ขจร' }), await t.resident(staff, { firstName: 'คะนึง' })];
    });

    it('writes a village’s month at once, then replaces each named elder’s month and leaves the others', async () => {
      const first = await put('2569-03', { rows: [
        { residentId: a.id, amount: 1500, source: 'product', productId: product.id, channel: 'market' },
        { residentId: a.id, amount: 400, source: 'service', channel: 'order' },
        { residentId: b.id, amount: '2,000.25', source: 'product', productId: product.id, channel: 'shop' },
        { residentId: c.id, amount: 800, source: 'other', channel: 'other', note: 'ขายของเก่า' },
      ] }).expect(200);
      const written = first.body as IncomeMonthResult;
      expect(written).toMatchObject({ month: '2026-03', inserted: 4, updated: 0, deleted: 0, total: 4, persons: 3, amount: 4700.25 });

      // a: the market line changes, the order line goes, an online line comes; b unchanged; c not named.
      const second = (await put('2026-03', { rows: [
        { residentId: a.id, amount: 1600, source: 'product', productId: product.id, channel: 'market' },
        { residentId: a.id, amount: 50, source: 'product', productId: product.id, channel: 'online' },
        { residentId: b.id, amount: 2000.25, source: 'product', productId: product.id, channel: 'shop' },
      ] }).expect(200)).body as IncomeMonthResult;
      expect(second).toMatchObject({ inserted: 1, updated: 1, deleted: 1, total: 4, persons: 3, amount: 1600 + 50 + 2000.25 + 800 });
      const market = (r: IncomeRecordList) => r.items.find((i) => i.resident.id === a.id && i.channel === 'market')!;
      expect(market(second).id).toBe(market(written).id);

      // An elder named in residentIds without rows has the month cleared.
      const cleared = (await put('2026-03', { rows: [], residentIds: [c.id] }).expect(200)).body as IncomeMonthResult;
      expect(cleared).toMatchObject({ deleted: 1, persons: 2 });
      expect(cleared.items.some((i) => i.resident.id === c.id)).toBe(false);
    });

    it('is all or nothing: any invalid row refuses the whole month, with every row’s errors (rows count from 1)', async () => {
      const before = await rowsOf(lao.id);
      const res = await put('2026-04', { rows: [
        { residentId: a.id, amount: 100, source: 'product', productId: product.id, channel: 'market' },
        { residentId: b.id, amount: -3, source: 'product', channel: 'market' },
        { residentId: c.id, amount: 10, source: 'service', channel: 'market' },
        { residentId: c.id, amount: 12.345, source: 'other', channel: 'moon', extra: 1 },
        { residentId: c.id, amount: 20, source: 'service', channel: 'market' },
        'not a row',
      ] }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
        [2, 'amount', 'baht'],
        [4, 'extra', 'unknownField'],
        [4, 'amount', 'baht'],
        [4, 'channel', 'isIn'],
        [5, 'channel', 'duplicateRow'],
        [6, 'row', 'notAnObject'],
      ]);
      expect(res.body.errors[4].message).toContain('แถวที่ 3');
      for (const e of res.body.errors) expect(e.message).toMatch(/[\u0E00-\u0E7F]/);
      // A channel or source left unchosen (the grid's empty option) asks to choose, not to "fill in this field".
      const unchosen = await put('2026-04', { rows: [{ residentId: a.id, amount: 100, source: '', channel: '' }] }).expect(400);
      expect(unchosen.body.errors.map((e: { field: string; message: string }) => [e.field, e.message])).toEqual([
        ['source', 'กรุณาเลือกแหล่งรายได้ (ขายสินค้า รับจ้าง/บริการ หรืออื่น ๆ)'],
        ['channel', 'กรุณาเลือกช่องทางจำหน่าย'],
      ]);
      expect(await rowsOf(lao.id)).toBe(before);
      expect((await month('2026-04')).total).toBe(0);
    });

    it('another LAO’s elder in a row is 404 with the row; mixed with invalid rows it is 400 listing both', async () => {
      const theirs = await t.resident(other);
      const before = await rowsOf(lao.id);
      const only = await put('2026-05', { rows: [
        { residentId: a.id, amount: 100, source: 'other', channel: 'other' },
        { residentId: theirs.id, amount: 100, source: 'other', channel: 'other' },
      ] }).expect(404);
      expect(only.body.errors).toEqual([{ row: 2, field: 'residentId', code: 'elderNotInLao', message: expect.stringContaining('ไม่พบ') }]);
      const mixed = await put('2026-05', { rows: [
        { residentId: theirs.id, amount: 100, source: 'other', channel: 'other' },
        { residentId: a.id, amount: 0, source: 'other', channel: 'other' },
      ] }).expect(400);
      expect(mixed.body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[1, 'elderNotInLao'], [2, 'baht']]);
      await put('2026-05', { rows: [], residentIds: [theirs.id] }).expect(404);
      expect(await rowsOf(lao.id)).toBe(before);
    });

    it('never answers arbitrary rows with a 500, and writes nothing unless every row is valid (property test)', async () => {
      const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(a.id, product.id, 'market', 'product', 'service', '12.50'));
      const row = fc.oneof(
        fc.record({ residentId: value, amount: value, source: value, productId: value, channel: value, jobPlacementId: value, note: value }, { requiredKeys: [] }),
        value,
      );
      await fc.assert(
        fc.asyncProperty(fc.array(row, { maxLength: 4 }), async (rows) => {
          const before = await rowsOf(lao.id);
          const res = await put('2024-02', { rows });
          expect([200, 400, 404]).toContain(res.status);
          if (res.status !== 200) expect(await rowsOf(lao.id)).toBe(before);
        }),
        { numRuns: 50 },
      );
    });

    it('refuses a month in the future or malformed, and rows that are not a list', async () => {
      expect((await put(nextMonth(), { rows: [] }).expect(400)).body.errors[0]).toMatchObject({ field: 'month', code: 'monthInFuture' });
      await put('2026-13', { rows: [] }).expect(400);
      expect((await put('2026-01', { rows: 'all of them' }).expect(400)).body.errors[0].field).toBe('rows');
      await put('2026-01', {}).expect(400);
    });
  });

  describe('import', () => {
    const upload = (content: string | Buffer, user = staff, name = 'income.csv') =>
      t.http.post('/api/income-records/import').set(user.auth).attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);

    it('imports by national ID and product name with Thai headings and values; rejects rows like the registry; twice changes nothing', async () => {
      const d = await t.resident(staff, { firstName: 'ดวงใจ' });
      const csv = [
        'เลขประจำตัวประชาชน,เดือน,จำนวนเงิน,แหล่งรายได้,ช่องทางจำหน่าย,สินค้า,หมายเหตุ',
        `${d.nationalId},2569-01,"1,200",ขายสินค้า,ตลาด,ขนมกล้วย,`,
        `1234567890121,2569-01,100,,,,`,
        `${d.nationalId},2569-01,0,,,,`,
        `${d.nationalId},${nextMonth()},50,,,,`,
        `${d.nationalId},2569-01,80,,,ขนมชั้น,`,
        `${d.nationalId},2569-01,1300,product,market,ขนมกล้วย,`,
        `${d.nationalId},01/2569,250,รับจ้าง/บริการ,รับทำตามสั่ง,,รับจ้างทำสวน`,
      ].join('\n');
      const res = await upload(csv).expect(200);
      expect(res.body as ImportResult).toEqual({
        inserted: 2,
        updated: 0,
        rowsRejected: 5,
        rejectionsTruncated: false,
        rejected: [
          { row: 3, field: 'nationalId', message: expect.stringContaining('ไม่พบ') },
          { row: 4, field: 'amount', message: expect.any(String) },
          { row: 5, field: 'month', message: expect.stringContaining('อนาคต') },
          { row: 6, field: 'product', message: expect.stringContaining('ขนมชั้น') },
          { row: 7, field: 'channel', message: expect.stringContaining('แถวที่ 2') },
        ],
      });
      const list = (await t.http.get('/api/income-records').query({ residentId: d.id }).set(staff.auth).expect(200)).body as IncomeRecordList;
      expect(list.items.map((r) => [r.month, r.source, r.channel, r.amount, r.product?.name ?? null])).toEqual([
        ['2026-01', 'product', 'market', 1200, 'ขนมกล้วย'],
        ['2026-01', 'service', 'order', 250, null],
      ]);
      const imported = async () =>
        (await t.owner.query<{ actor_id: string }>(`SELECT actor_id FROM audit_entry WHERE lao_id = $1 AND resident_id = $2 AND note LIKE 'รายได้: นำเข้าจากไฟล์%'`, [lao.id, d.id])).rows;
      expect(await imported()).toEqual([{ actor_id: staff.id }]);
      expect((await upload(csv).expect(200)).body).toMatchObject({ inserted: 0, updated: 0 });
      expect(await imported()).toHaveLength(1);
      const changed = csv.replace('"1,200"', '1250');
      expect((await upload(changed).expect(200)).body).toMatchObject({ inserted: 0, updated: 1 });
      expect(await imported()).toHaveLength(2);
    });

    it('reads XLSX with a date cell as the month; refuses a file without the required columns', async () => {
      const d = await t.resident(staff);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('income');
      sheet.addRow(['nationalId', 'month', 'amount', 'channel']);
      sheet.addRow([d.nationalId, new Date(Date.UTC(2025, 10, 1)), 640.5, 'fair']);
      const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), staff, 'income.xlsx').expect(200);
      expect(res.body).toEqual({ inserted: 1, updated: 0, rowsRejected: 0, rejected: [], rejectionsTruncated: false });
      const list = (await t.http.get('/api/income-records').query({ residentId: d.id }).set(staff.auth).expect(200)).body as IncomeRecordList;
      expect(list.items[0]).toMatchObject({ month: '2025-11', amount: 640.5, source: 'other', channel: 'fair' });
      const missing = await upload('nationalId,amount\n1234567890121,5\n').expect(400);
      expect(missing.body.code).toBe('BAD_FILE');
      expect(missing.body.message).toContain('month');
      const template = await t.http.get('/api/income-records/import/template').query({ format: 'csv' }).set(staff.auth).expect(200);
      expect(template.text.replace(/^\uFEFF/, '').trim()).toBe('nationalId,month,amount,source,channel,product,note');
    });

    it('does not find another LAO’s elders by national ID', async () => {
      const theirs = await t.resident(other);
      const res = await upload(`nationalId,month,amount\n${theirs.nationalId},2025-05,10\n`).expect(200);
      expect(res.body).toMatchObject({ inserted: 0, rejected: [{ row: 2, field: 'nationalId' }] });
    });
  });
});
