import { renderRule, type FieldError } from '@elderwork/contracts';
import { nationalIdCheckDigit } from '@elderwork/thai';
import { registrationNumber } from './support/factories';
import { TestApp, type TestLao, type TestUser } from './support/test-app';

const THAI = /[\u0E00-\u0E7F]/;


/**
 * A refused field carries its rule's code and parameters beside the Thai message (issue 14,
 * decision 0030): the Thai is what users always read, and the same parameters give the English.
 */
describe('field refusals by rule code, through HTTP', () => {
  let t: TestApp;
  let lao: TestLao;
  let staff: TestUser;
  let placementId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    lao = await t.lao();
    staff = await t.user('staff', lao.id);
    const stem = `3${String(Date.now()).slice(-11)}`;
    const elder = await t.resident(staff, { nationalId: stem + String(nationalIdCheckDigit(stem)), disabilityType: 'physical' });
    const employer = (await t.http.post('/api/employers').set(staff.auth).send({ name: 'บริษัท กติกา จำกัด', registrationNumber: registrationNumber('0108'), provinceCode: '21' }).expect(201)).body as { id: string };
    placementId = ((await t.http.post('/api/placements').set(staff.auth).send({ residentId: elder.id, employerId: employer.id, modality: 'sales_space', startDate: '2025-01-01', endDate: '2025-01-31' }).expect(201)).body as { id: string }).id;
  });
  afterAll(() => t.close());

  const pay = (body: object) => t.http.post(`/api/placements/${placementId}/payments`).set(staff.auth).send(body);

  it('a payment over the value: the Thai sentence staff read, with its amounts as parameters', async () => {
    const res = await pay({ paidOn: '2025-02-01', amount: 10_230.5 }).expect(400);
    const [error] = res.body.errors as FieldError[];
    expect(error).toEqual({
      field: 'amount',
      code: 'exceedsValue',
      message: 'ยอดจ่ายสะสมจะเป็น 10,230.50 บาท เกินมูลค่าการจ้างงาน 10,230.00 บาท',
      params: { total: 10_230.5, value: 10_230 },
    });
    expect(renderRule('exceedsValue', 'en', error?.params)).toBe('The total paid would be 10,230.50 baht, more than the placement’s value of 10,230.00 baht');
    expect((await t.http.get(`/api/placements/${placementId}`).set(staff.auth).expect(200)).body.payments).toEqual([]);
  });

  it('a payment dated before the placement: the range in BE for Thai, the date named in both languages', async () => {
    const res = await pay({ paidOn: '2024-12-31', amount: 10 }).expect(400);
    const [error] = res.body.errors as FieldError[];
    expect(error).toMatchObject({ field: 'paidOn', code: 'dateOutOfRange', message: 'วันที่จ่ายต้องอยู่ระหว่าง 1 ม.ค. 2568 ถึง 31 ม.ค. 2569' });
    const english = renderRule('dateOutOfRange', 'en', error?.params);
    expect(english).toBe('The payment date must be between 1 Jan 2568 BE and 31 Jan 2569 BE');
    expect(THAI.test(english)).toBe(false);
  });

  it('an account of the wrong kind of org unit: a bilingual parameter', async () => {
    const dla = await t.user('dla_officer', await t.orgUnit('dla', 'DLA'));
    const res = await t.http.post('/api/users').set(dla.auth).send({ email: `rule-${Date.now()}@test.example`, displayName: 'ปลัด', role: 'lao_admin', orgUnitCode: lao.provinceCode }).expect(400);
    const [error] = res.body.errors as FieldError[];
    expect(error).toMatchObject({ field: 'orgUnitCode', code: 'orgUnitType', message: 'บทบาทนี้ต้องระบุรหัส อปท. 7 หลัก' });
    expect(THAI.test(renderRule('orgUnitType', 'en', error?.params))).toBe(false);
  });
});
