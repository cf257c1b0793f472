import { fireEvent, screen, waitFor } from '@testing-library/react';
import { VALIDATION_MESSAGES } from '@elderwork/contracts';
import { setLang } from '../i18n';
import { el, mockFetch, renderAt } from '../test-utils';
import { RegisterResidentPage } from './RegisterResidentPage';

function type(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  fireEvent.change(input, { target: { value } });
}

function fillValidElder(nationalId = '1234567890121') {
  type('nationalId', nationalId);
  fireEvent.change(el('#prefixChoice'), { target: { value: 'นาง' } });
  type('firstName', 'สมศรี');
  type('lastName', 'ใจดี');
  type('sex', 'female');
  type('birthDate', '15/03/2500');
  type('moo', '3');
  type('phone', '081-234-5678');
}

const submit = () => fireEvent.click(screen.getByTestId('save-resident'));

describe('RegisterResidentPage', () => {
  it('shows the Thai checksum error for 1234567890123', async () => {
    mockFetch(() => [500, {}]);
    renderAt(<RegisterResidentPage />);
    fillValidElder('1234567890123');
    submit();
    const error = await screen.findByTestId('error-nationalId');
    expect(error.textContent).toBe(VALIDATION_MESSAGES.nationalId.th);
    expect(error.getAttribute('role')).toBe('alert');
  });

  it('accepts 1234567890121, converts the BE birth date and posts the DTO', async () => {
    const { calls } = mockFetch(() => [201, { id: 'r-1', nationalId: '1234567890121' }]);
    renderAt(<RegisterResidentPage />, { path: '/residents/new', route: '/residents/new' });
    fillValidElder('1-2345-67890-12-1');
    submit();
    // The list opens on the new elder.
    expect((await screen.findByTestId('elsewhere')).textContent).toBe('/residents?q=1234567890121');
    expect(screen.queryByTestId('error-nationalId')).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].url).toBe('/api/residents');
    expect(calls[0].body).toMatchObject({
      nationalId: '1234567890121',
      prefix: 'นาง',
      birthDate: '1957-03-15',
      moo: 3,
      sex: 'female',
      legalBasis: 'legal_duty',
      livingAlone: false,
    });
    expect(calls[0].body).not.toHaveProperty('village');
  });

  it('takes a prefix that is not in the list after "อื่น ๆ"', async () => {
    const { calls } = mockFetch(() => [201, { id: 'r-2' }]);
    renderAt(<RegisterResidentPage />, { path: '/residents/new', route: '/residents/new' });
    fillValidElder();
    expect(el('#prefix').hasAttribute('hidden')).toBe(true);
    fireEvent.change(el('#prefixChoice'), { target: { value: 'other' } });
    expect(el('#prefix').hasAttribute('hidden')).toBe(false);
    type('prefix', 'พล.ต.ต.');
    submit();
    await screen.findByTestId('elsewhere');
    expect(calls[0]?.body).toMatchObject({ prefix: 'พล.ต.ต.' });
  });

  it('asks for a prefix when none is chosen', async () => {
    const { calls } = mockFetch(() => [201, { id: 'r-3' }]);
    renderAt(<RegisterResidentPage />, { path: '/residents/new', route: '/residents/new' });
    fillValidElder();
    fireEvent.change(el('#prefixChoice'), { target: { value: '' } });
    submit();
    expect((await screen.findByTestId('error-prefix')).textContent).toBe(VALIDATION_MESSAGES.required.th);
    expect(calls).toHaveLength(0);
  });

  it('records a registered carer of a disabled person (eligible for Section 35)', async () => {
    const { calls } = mockFetch(() => [201, { id: 'r-2' }]);
    renderAt(<RegisterResidentPage />, { path: '/residents/new', route: '/residents/new' });
    fillValidElder();
    fireEvent.click(screen.getByLabelText('เป็นผู้ดูแลคนพิการที่จดทะเบียน'));
    submit();
    await screen.findByTestId('elsewhere');
    expect(calls[0].body).toMatchObject({ caresForDisabledPerson: true, livingAlone: false });
  });

  it('previews a BE birth date as a Thai date', () => {
    mockFetch(() => [500, {}]);
    renderAt(<RegisterResidentPage />);
    type('birthDate', '15/03/2500');
    expect(screen.getByTestId('preview-birthDate').textContent).toBe('= 15 มีนาคม 2500');
  });

  it('shows the server field errors on their fields', async () => {
    mockFetch(() => [
      400,
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'ข้อมูลไม่ถูกต้อง',
        errors: [{ field: 'phone', code: 'phone', message: VALIDATION_MESSAGES.phone.th }],
      },
    ]);
    renderAt(<RegisterResidentPage />);
    fillValidElder();
    submit();
    const error = await screen.findByTestId('error-phone');
    expect(error.textContent).toBe(VALIDATION_MESSAGES.phone.th);
  });

  it('links to the existing record on a duplicate national ID', async () => {
    mockFetch(() => [
      409,
      { statusCode: 409, code: 'DUPLICATE_NATIONAL_ID', message: 'ซ้ำ', existingId: 'r-42' },
    ]);
    renderAt(<RegisterResidentPage />);
    fillValidElder();
    submit();
    const link = await screen.findByTestId('duplicate-link');
    expect(link.getAttribute('href')).toBe('/residents/r-42');
    expect(screen.getByTestId('error-nationalId')).toBeTruthy();
  });

  it('shows validation messages in English when English is chosen', async () => {
    mockFetch(() => [500, {}]);
    setLang('en');
    renderAt(<RegisterResidentPage />);
    fillValidElder('1234567890123');
    type('firstName', 'Somsri');
    submit();
    expect((await screen.findByTestId('error-nationalId')).textContent).toBe(VALIDATION_MESSAGES.nationalId.en);
    expect(screen.getByTestId('error-firstName').textContent).toBe(VALIDATION_MESSAGES.thaiName.en);
    expect(localStorage.getItem('elderwork.lang')).toBe('en');
  });

  it('requires the mandatory fields', async () => {
    mockFetch(() => [500, {}]);
    renderAt(<RegisterResidentPage />);
    submit();
    await waitFor(() => expect(screen.getAllByRole('alert').length).toBeGreaterThanOrEqual(6));
    expect(screen.getByTestId('error-sex').textContent).toBe(VALIDATION_MESSAGES.required.th);
  });
});
