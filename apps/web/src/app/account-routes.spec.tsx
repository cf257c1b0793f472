import { fireEvent, render, screen } from '@testing-library/react';
import { mockFetch } from '../test-utils';
import App from './app';

describe('the mail links’ pages open without signing in', () => {
  it('/activate?token= shows the activation form, not the login page', () => {
    mockFetch(() => [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'กรุณาเข้าสู่ระบบ' }]);
    window.history.replaceState(null, '', '/activate?token=Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5');
    render(<App />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('เปิดใช้งานบัญชี');
    expect(screen.getByTestId('set-password-form')).toBeTruthy();
  });

  it('the login page links to forgot, which opens without signing in', async () => {
    mockFetch(() => [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'กรุณาเข้าสู่ระบบ' }]);
    window.history.replaceState(null, '', '/login');
    render(<App />);
    fireEvent.click(screen.getByTestId('forgot-link'));
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe('ลืมรหัสผ่าน');
    expect(screen.getByTestId('forgot-form')).toBeTruthy();
  });
});
