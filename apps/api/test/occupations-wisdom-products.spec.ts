import type { CourseDetailView, ProductView, WisdomRegistrationView } from '@elderwork/contracts';
import { addDays, addYears, todayInBangkok } from '@elderwork/thai';
import { TestApp, type TestUser } from './support/test-app';

describe('wisdom bank and products (occupations)', () => {
  let t: TestApp;
  let staff: TestUser;
  let other: TestUser;

  const register = (user: TestUser, body: object) => t.http.post('/api/wisdom').set(user.auth).send(body);

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.user('staff', (await t.lao()).id);
    other = await t.user('staff', (await t.lao()).id);
  });
  afterAll(() => t.close());

  describe('wisdom bank', () => {
    it('registers an elder’s wisdom (BE date accepted), due for renewal two years on', async () => {
      const elder = await t.resident(staff, { firstName: 'ทองสุข' });
      const res = await register(staff, {
        residentId: elder.id, branch: 'agriculture', title: 'การปลูกทุเรียนแบบยั่งยืน', description: 'ทำสวนทุเรียนมา 30 ปี',
        yearsOfExperience: 30, willingToTeach: true, registeredOn: '15/03/2568',
      }).expect(201);
      expect(res.body as WisdomRegistrationView).toMatchObject({
        resident: { id: elder.id }, branch: 'agriculture', yearsOfExperience: 30, willingToTeach: true,
        registeredOn: '2025-03-15', renewalDueOn: '2027-03-15', renewalDue: false, version: 1,
      });
      expect(res.body.resident.name).toContain('ทองสุข');
      const today = await register(staff, { residentId: elder.id, branch: 'education', title: 'สอนหนังสือ' }).expect(201);
      expect(today.body).toMatchObject({ registeredOn: todayInBangkok(), willingToTeach: false, yearsOfExperience: null });
    });

    it('is due for renewal on the second anniversary (Asia/Bangkok), and renewing clears it', async () => {
      const elder = await t.resident(staff);
      const today = todayInBangkok();
      const due = (await register(staff, { residentId: elder.id, branch: 'law', title: 'ครบสองปีวันนี้', registeredOn: addYears(today, -2) }).expect(201)).body;
      const notYet = (await register(staff, { residentId: elder.id, branch: 'law', title: 'ครบสองปีพรุ่งนี้', registeredOn: addDays(addYears(today, -2), 1) }).expect(201)).body;
      expect(due).toMatchObject({ renewalDueOn: today, renewalDue: true });
      expect(notYet).toMatchObject({ renewalDueOn: addDays(today, 1), renewalDue: false });
      // 29 February: due on 28 February two years later.
      const leap = (await register(staff, { residentId: elder.id, branch: 'law', title: 'วันที่ 29', registeredOn: '2024-02-29' }).expect(201)).body;
      expect(leap).toMatchObject({ renewalDueOn: '2026-02-28', renewalDue: true });
      const dueList = await t.http.get('/api/wisdom').query({ renewalDue: 'true', residentId: elder.id }).set(staff.auth).expect(200);
      expect(dueList.body.items.map((w: WisdomRegistrationView) => w.id).sort()).toEqual([due.id, leap.id].sort());

      const renewed = await t.http.patch(`/api/wisdom/${due.id}`).set(staff.auth).send({ version: 1, registeredOn: today }).expect(200);
      expect(renewed.body).toMatchObject({ registeredOn: today, renewalDueOn: addYears(today, 2), renewalDue: false, version: 2 });
      await t.http.patch(`/api/wisdom/${due.id}`).set(staff.auth).send({ version: 1, title: 'ชนกัน' }).expect(409);
      const future = await t.http.patch(`/api/wisdom/${due.id}`).set(staff.auth).send({ version: 2, registeredOn: addDays(today, 1) }).expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'registeredOn', code: 'registeredInFuture' });
    });

    it('searches by branch and by text in the title, description or the elder’s name', async () => {
      const user = await t.user('staff', (await t.lao()).id);
      const weaver = await t.resident(user, { firstName: 'บัวผัน', lastName: 'ทอผ้าดี' });
      const healer = await t.resident(user, { firstName: 'ประยูร', lastName: 'หมอยา' });
      const basket = (await register(user, { residentId: weaver.id, branch: 'industry_handicraft_otop', title: 'จักสานกระบุง', description: 'ใช้ไม้ไผ่ในหมู่บ้าน' }).expect(201)).body;
      const herbs = (await register(user, { residentId: healer.id, branch: 'medicine_public_health', title: 'ยาสมุนไพรพื้นบ้าน', description: 'ลูกประคบ' }).expect(201)).body;
      const ids = async (query: object): Promise<string[]> =>
        ((await t.http.get('/api/wisdom').query(query).set(user.auth).expect(200)).body.items as WisdomRegistrationView[]).map((w) => w.id);
      expect(await ids({ branch: 'medicine_public_health' })).toEqual([herbs.id]);
      expect(await ids({ q: 'กระบุง' })).toEqual([basket.id]);
      expect(await ids({ q: 'ลูกประคบ' })).toEqual([herbs.id]);
      expect(await ids({ q: 'บัวผัน ทอผ้า' })).toEqual([basket.id]);
      expect(await ids({ q: 'ไม่มีคำนี้' })).toEqual([]);
      expect((await ids({})).sort()).toEqual([basket.id, herbs.id].sort());
      await t.http.get('/api/wisdom').query({ branch: 'astrology' }).set(user.auth).expect(400);
    });

    it('refuses unknown branches, experience out of range, and another LAO’s elder (404 naming the field)', async () => {
      const elder = await t.resident(staff);
      const bad = await register(staff, { residentId: elder.id, branch: 'magic', title: '', yearsOfExperience: 120 }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['branch', 'title', 'yearsOfExperience']);
      const theirs = await t.resident(other);
      const res = await register(staff, { residentId: theirs.id, branch: 'law', title: 'ไม่ใช่ของเรา' }).expect(404);
      expect(res.body.errors[0]).toMatchObject({ field: 'residentId', code: 'elderNotInLao' });
    });
  });

  describe('products', () => {
    let course: CourseDetailView;
    beforeAll(async () => {
      course = (await t.http.post('/api/courses').set(staff.auth).send({
        kind: 'occupation_training', title: 'แปรรูปสมุนไพรแฉ่ง', startDate: '2025-06-02', endDate: '2025-06-30', weekdays: [1], startTime: '13:00', hoursPerSession: 3,
      }).expect(201)).body;
    });

    it('records a product with its makers, unit, price and the course it came from', async () => {
      const [a, b] = [await t.resident(staff, { firstName: 'ละออ' }), await t.resident(staff, { firstName: 'มาลี' })];
      const res = await t.http.post('/api/products').set(staff.auth)
        .send({ name: 'ยาสีฟันสมุนไพรแฉ่ง', category: 'herbal', unit: 'หลอด', price: '45.50', courseId: course.id, makerIds: [a.id, b.id] }).expect(201);
      const product = res.body as ProductView;
      expect(product).toMatchObject({ name: 'ยาสีฟันสมุนไพรแฉ่ง', category: 'herbal', unit: 'หลอด', price: 45.5, course: { id: course.id, title: 'แปรรูปสมุนไพรแฉ่ง' }, version: 1 });
      expect(product.makers.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());

      const dup = await t.http.post('/api/products').set(staff.auth).send({ name: 'ยาสีฟันสมุนไพรแฉ่ง', category: 'herbal' }).expect(409);
      expect(dup.body).toMatchObject({ code: 'DUPLICATE_PRODUCT_NAME', existingId: product.id });
      const oil = (await t.http.post('/api/products').set(staff.auth).send({ name: 'น้ำมันสมุนไพรแฉ่ง', category: 'herbal', unit: 'ขวด', price: 60 }).expect(201)).body as ProductView;
      await t.http.patch(`/api/products/${oil.id}`).set(staff.auth).send({ version: 1, name: 'ยาสีฟันสมุนไพรแฉ่ง' }).expect(409);
      const edited = await t.http.patch(`/api/products/${oil.id}`).set(staff.auth).send({ version: 1, makerIds: [b.id], price: null, courseId: course.id }).expect(200);
      expect(edited.body).toMatchObject({ price: null, makers: [{ id: b.id }], course: { id: course.id }, version: 2 });
      const byMaker = await t.http.get('/api/products').query({ makerId: a.id }).set(staff.auth).expect(200);
      expect(byMaker.body.items.map((p: ProductView) => p.id)).toEqual([product.id]);
      const byText = await t.http.get('/api/products').query({ q: 'น้ำมัน', category: 'herbal' }).set(staff.auth).expect(200);
      expect(byText.body.items.map((p: ProductView) => p.id)).toEqual([oil.id]);
    });

    it('refuses bad categories and prices, and another LAO’s makers or course (404)', async () => {
      const bad = await t.http.post('/api/products').set(staff.auth).send({ name: 'ก', category: 'gadget', price: 1.234 }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'price']);
      await t.http.post('/api/products').set(staff.auth).send({ name: 'ข', category: 'food', price: 0 }).expect(400);
      const theirs = await t.resident(other);
      const maker = await t.http.post('/api/products').set(staff.auth).send({ name: 'ค', category: 'food', makerIds: [theirs.id] }).expect(404);
      expect(maker.body.errors[0].field).toBe('makerIds');
      const course2 = await t.http.post('/api/products').set(other.auth).send({ name: 'ง', category: 'food', courseId: course.id }).expect(404);
      expect(course2.body.errors[0].field).toBe('courseId');
    });
  });
});
