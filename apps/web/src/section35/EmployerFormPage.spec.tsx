import { fireEvent, screen } from '@testing-library/react';
import { VALIDATION_MESSAGES } from '@elderwork/contracts';
import { mockFetch, renderAt } from '../test-utils';
import { EmployerFormPage } from './EmployerFormPage';

const provinces = [
  { code: '10', name: 'กรุงเทพมหานคร' },
  { code: '21', name: 'ระยอง' },
];

function type(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!input) throw new Error(`no field ${name}`);
  fireEvent.change(input, { target: { value } });
}

async function fill(registrationNumber: string) {
  await screen.findByRole('option', { name: 'ระยอง' });
  type('name', 'บริษัท ระยองการช่าง จำกัด');
  type('registrationNumber', registrationNumber);
  type('provinceCode', '21');
}

const renderNew = () => renderAt(<EmployerFormPage />, { path: '/section35/employers/new', route: '/section35/employers/new' });

describe('EmployerFormPage', () => {
  it('offers the LAO’s own province first on a new employer', async () => {
    mockFetch(() => [200, provinces]);
    renderNew();
    await screen.findByRole('option', { name: 'ระยอง' });
    expect(document.querySelector<HTMLSelectElement>('[name="provinceCode"]')?.value).toBe('21');
  });

  it('checks the registration number’s check digit before sending', async () => {
    const { calls } = mockFetch(() => [200, provinces]);
    renderNew();
    await fill('0105550123452');
    fireEvent.click(screen.getByTestId('employer-save'));
    expect((await screen.findByTestId('error-registrationNumber')).textContent).toBe(VALIDATION_MESSAGES.registrationNumber.th);
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('links to the existing employer on a duplicate registration number', async () => {
    const { calls } = mockFetch(({ method }) =>
      method === 'POST'
        ? [409, { statusCode: 409, code: 'DUPLICATE_REGISTRATION_NUMBER', message: 'มีสถานประกอบการนี้แล้ว', existingId: 'e-9' }]
        : [200, provinces],
    );
    renderNew();
    await fill('0-1055-50123-45-1');
    fireEvent.click(screen.getByTestId('employer-save'));
    expect((await screen.findByTestId('existing-link')).getAttribute('href')).toBe('/section35/employers/e-9');
    expect(screen.getByTestId('error-registrationNumber').textContent).toBe('มีสถานประกอบการที่ใช้เลขทะเบียนนิติบุคคลนี้แล้ว');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'บริษัท ระยองการช่าง จำกัด',
      registrationNumber: '0105550123451',
      provinceCode: '21',
    });
  });
});
