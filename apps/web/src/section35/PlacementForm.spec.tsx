import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { EmployerView, Page, ResidentView, Section35RateView } from '@elderwork/contracts';
import { initI18n } from '../i18n';
import { mockFetch, renderAt, type Call } from '../test-utils';
import { NewPlacementPage } from './NewPlacementPage';

const elder = (over: Partial<ResidentView>): ResidentView => ({
  id: '7b0f0c0e-1111-4a4a-9a9a-000000000001',
  nationalId: '1234567890121',
  prefix: 'นาง',
  firstName: 'สมศรี',
  lastName: 'ใจดี',
  sex: 'female',
  birthDate: '1957-03-15',
  age: 69,
  houseNo: null,
  moo: 3,
  village: null,
  phone: null,
  disabilityType: 'visual',
  disabilityCardIssuedOn: '2020-01-10',
  disabilityCardExpiresOn: '2028-01-10',
  livingAlone: false,
  caresForDisabledPerson: false,
  legalBasis: 'legal_duty',
  version: 1,
  removedAt: null,
  removalReason: null,
  createdAt: '2026-03-01T03:00:00Z',
  updatedAt: '2026-03-01T03:00:00Z',
  ...over,
});

const disabled = elder({});
const notEligible = elder({ id: '7b0f0c0e-1111-4a4a-9a9a-000000000002', firstName: 'มาลี', disabilityType: null });
const employer: EmployerView = {
  id: '7b0f0c0e-2222-4a4a-9a9a-000000000001',
  name: 'บริษัท ระยองการช่าง จำกัด',
  registrationNumber: '0105550123451',
  provinceCode: '21',
  provinceName: 'ระยอง',
  address: null,
  contactPerson: null,
  phone: null,
  createdAt: '2026-01-01T00:00:00Z',
};
const rates: Section35RateView[] = [{ year: 2568, dailyRate: 330, annualValue: 120450, updatedAt: '2026-01-01T00:00:00Z' }];

/** GETs answer with the fixtures; POST /api/placements with `onPost`. */
function api(onPost: (call: Call) => [number, unknown]) {
  return mockFetch((call) => {
    if (call.method === 'POST') return onPost(call);
    if (call.url.startsWith('/api/residents')) {
      const page: Page<ResidentView> = { items: [notEligible, disabled], total: 2, page: 1, pageSize: 20 };
      return [200, page];
    }
    if (call.url === '/api/employers') return [200, [employer]];
    if (call.url === '/api/reference/section35-rates') return [200, rates];
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'ไม่พบ' }];
  });
}

function type(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  fireEvent.change(input, { target: { value } });
}

async function fillPlacement() {
  fireEvent.change(screen.getByTestId('elder-search'), { target: { value: 'สมศรี' } });
  fireEvent.click(screen.getByTestId('elder-search-submit'));
  const options = await screen.findAllByTestId('elder-option');
  // The eligible elder comes first; the other one cannot be chosen.
  expect(options[0].getAttribute('data-eligible')).toBe('true');
  expect(options[1].querySelector('button')?.disabled).toBe(true);
  fireEvent.click(options[0].querySelector('button') as HTMLButtonElement);
  await screen.findByTestId('elder-selected');
  await screen.findByRole('option', { name: employer.name });
  type('employerId', employer.id);
  type('modality', 'other_assistance');
  type('startDate', '01/01/2568');
  type('endDate', '31/12/2568');
}

const save = () => fireEvent.click(screen.getByTestId('placement-save'));

describe('NewPlacementPage', () => {
  it('shows the value live: a whole 2568 at the year’s rate of 330 is 120,450.00 baht', async () => {
    api(() => [500, {}]);
    renderAt(<NewPlacementPage />);
    await fillPlacement();
    await waitFor(() => expect(screen.getByTestId('value-preview').textContent).toContain('120,450.00 บาท'));
    expect(screen.getByTestId('value-preview').textContent).toContain('330.00 บาท × 365 วัน');
    expect((document.querySelector('[name="dailyRate"]') as HTMLInputElement).placeholder).toBe('330.00');
    type('dailyRate', '337');
    expect(screen.getByTestId('value-preview').getAttribute('data-value')).toBe('123005.00');
  });

  it('posts the DTO with CE dates and opens the new placement', async () => {
    const { calls } = api(() => [201, { id: 'p-1' }]);
    renderAt(<NewPlacementPage />, { path: '/section35/placements/new', route: '/section35/placements/new' });
    await fillPlacement();
    save();
    expect((await screen.findByTestId('elsewhere')).textContent).toBe('/section35/placements/p-1');
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.url).toBe('/api/placements');
    expect(post?.body).toEqual({
      residentId: disabled.id,
      employerId: employer.id,
      modality: 'other_assistance',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    });
  });

  it('asks for the elder, employer and modality before sending anything', async () => {
    const { calls } = api(() => [500, {}]);
    renderAt(<NewPlacementPage />);
    save();
    expect((await screen.findByTestId('error-residentId')).textContent).toBe('กรุณาเลือกผู้สูงอายุ');
    expect(screen.getByTestId('error-employerId').textContent).toBe('กรุณาเลือกสถานประกอบการ');
    expect(screen.getByTestId('error-modality')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('puts the server’s field errors on their fields', async () => {
    const message = 'ผู้สูงอายุรายนี้ไม่มีความพิการที่บันทึกไว้และไม่ได้เป็นผู้ดูแลคนพิการที่จดทะเบียน';
    api(() => [
      400,
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'ข้อมูลไม่ถูกต้อง',
        errors: [
          { field: 'residentId', code: 'notEligible', message },
          { field: 'dailyRate', code: 'noRate', message: 'ไม่มีอัตรามาตรา 35 ของปี 2568' },
        ],
      },
    ]);
    renderAt(<NewPlacementPage />);
    await fillPlacement();
    save();
    expect((await screen.findByTestId('error-residentId')).textContent).toBe(message);
    expect(screen.getByTestId('error-dailyRate').textContent).toBe('ไม่มีอัตรามาตรา 35 ของปี 2568');
    expect(screen.getByTestId('form-error')).toBeTruthy();
  });

  it('links to the existing placement when the period overlaps', async () => {
    api(() => [
      409,
      {
        statusCode: 409,
        code: 'OVERLAPPING_PLACEMENT',
        message: 'ช่วงเวลาทับซ้อนกับการจัดจ้างที่มีอยู่',
        existingId: 'p-9',
        errors: [{ field: 'startDate', code: 'overlappingPlacement', message: 'ช่วงวันที่ซ้อนทับกับการจ้างงานเดิม' }],
      },
    ]);
    renderAt(<NewPlacementPage />);
    await fillPlacement();
    save();
    const alert = await screen.findByTestId('conflict-error');
    expect(alert.textContent).toContain('ช่วงเวลาทับซ้อนกับการจัดจ้างที่มีอยู่');
    expect(screen.getByTestId('existing-link').getAttribute('href')).toBe('/section35/placements/p-9');
    expect(screen.getByTestId('error-startDate').textContent).toBe('ช่วงวันที่ซ้อนทับกับการจ้างงานเดิม');
  });

  describe('an overlap with another employer’s placement (409, decision 0033)', () => {
    const other = 'บริษัท มาบตาพุดออโตพาร์ท จำกัด';
    const refusal: [number, unknown] = [
      409,
      {
        statusCode: 409,
        code: 'OVERLAPPING_PLACEMENT',
        message: `ผู้สูงอายุรายนี้มีการจ้างงานกับ ${other} ในช่วงวันที่ซ้อนทับกันอยู่แล้ว`,
        existingId: 'p-7',
        errors: [
          {
            field: 'startDate',
            code: 'overlappingPlacementElsewhere',
            message: `ช่วงวันที่ซ้อนทับกับการจ้างงานที่ ${other} (1 ม.ค. 2568 – 31 ธ.ค. 2568)`,
            params: { employer: other, start: '2025-01-01', end: '2025-12-31' },
          },
        ],
      },
    ];

    it('names the other placement with a link, offers the concurrent option, and resends with it and the reason', async () => {
      let posts = 0;
      const { calls } = api(() => (++posts === 1 ? refusal : [201, { id: 'p-8' }]));
      renderAt(<NewPlacementPage />, { path: '/section35/placements/new', route: '/section35/placements/new' });
      await fillPlacement();
      expect(screen.queryByTestId('concurrent-option')).toBeNull();
      save();
      const alert = await screen.findByTestId('conflict-error');
      expect(alert.textContent).toContain(`${other} ระหว่างวันที่ 1 มกราคม 2568 – 31 ธันวาคม 2568`);
      expect(screen.getByTestId('existing-link').getAttribute('href')).toBe('/section35/placements/p-7');
      expect(screen.getByTestId('error-startDate').textContent).toContain(other);

      const box = screen.getByLabelText('จ้างงานซ้อนกันโดยเจตนา') as HTMLInputElement;
      expect(box.checked).toBe(false);
      fireEvent.click(box);
      // Ticked without a reason: refused on the form, in Thai, nothing sent.
      save();
      expect((await screen.findByTestId('error-concurrentReason')).textContent).toBe('กรุณาระบุเหตุผลที่จ้างงานซ้อนกันโดยเจตนา (ไม่เกิน 500 ตัวอักษร)');
      expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);

      type('concurrentReason', 'งานขายวันเสาร์ นอกเวลางานประจำ');
      save();
      expect((await screen.findByTestId('elsewhere')).textContent).toBe('/section35/placements/p-8');
      const resent = calls.filter((c) => c.method === 'POST');
      expect(resent).toHaveLength(2);
      expect(resent[0]?.body).not.toHaveProperty('concurrent');
      expect(resent[1]?.body).toEqual({
        residentId: disabled.id,
        employerId: employer.id,
        modality: 'other_assistance',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        concurrent: true,
        concurrentReason: 'งานขายวันเสาร์ นอกเวลางานประจำ',
      });
    });

    it('unticked again, sends no concurrent fields', async () => {
      let posts = 0;
      const { calls } = api(() => (++posts === 1 ? refusal : [500, {}]));
      renderAt(<NewPlacementPage />);
      await fillPlacement();
      save();
      const box = (await screen.findByLabelText('จ้างงานซ้อนกันโดยเจตนา')) as HTMLInputElement;
      fireEvent.click(box);
      type('concurrentReason', 'เหตุผล');
      fireEvent.click(box);
      save();
      await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
      expect(calls.filter((c) => c.method === 'POST')[1]?.body).not.toHaveProperty('concurrentReason');
    });

    it('in English: the other employer and BE dates, and the option in English', async () => {
      initI18n('en');
      api(() => refusal);
      renderAt(<NewPlacementPage />);
      await fillPlacement();
      save();
      const alert = await screen.findByTestId('conflict-error');
      expect(alert.textContent).toContain(`This elder has a placement with ${other} from 1 January 2568 BE to 31 December 2568 BE`);
      expect(screen.getByLabelText('Deliberately concurrent')).toBeTruthy();
    });
  });

  it('offers no concurrent option for an overlap with the same employer', async () => {
    api(() => [
      409,
      {
        statusCode: 409,
        code: 'OVERLAPPING_PLACEMENT',
        message: 'ผู้สูงอายุรายนี้มีการจ้างงานกับสถานประกอบการเดียวกันในช่วงวันที่ซ้อนทับกันอยู่แล้ว',
        existingId: 'p-9',
        errors: [{ field: 'startDate', code: 'overlappingPlacement', message: 'ช่วงวันที่ซ้อนทับกับการจ้างงานเดิมของสถานประกอบการเดียวกัน' }],
      },
    ]);
    renderAt(<NewPlacementPage />);
    await fillPlacement();
    save();
    await screen.findByTestId('conflict-error');
    expect(screen.queryByTestId('concurrent-option')).toBeNull();
  });

  it('names the field when the elder is not in this LAO (404)', async () => {
    const message = 'ไม่พบผู้สูงอายุในทะเบียนของ อปท. นี้';
    api(() => [404, { statusCode: 404, code: 'NOT_FOUND', message, errors: [{ field: 'residentId', code: 'residentNotInLao', message }] }]);
    renderAt(<NewPlacementPage />);
    await fillPlacement();
    save();
    expect((await screen.findByTestId('error-residentId')).textContent).toBe(message);
    expect(screen.getByTestId('form-error').textContent).toBe(message);
  });
});
