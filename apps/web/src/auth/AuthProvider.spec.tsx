import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { api, TOKEN_KEY, tokenStore } from '../api/client';
import { mockFetch, staffUser } from '../test-utils';
import { useAuth } from './auth-context';
import { AuthProvider } from './AuthProvider';

/** A page with a half-filled form, as a user would have when their session ends. */
function NoteForm() {
  const { user } = useAuth();
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  if (user === null) return <p data-testid="signed-out">signed out</p>;
  if (user === undefined) return <p>…</p>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void api<{ note: string }>('/api/notes', { method: 'POST', json: { note } }).then((r) => setSaved(r.note), () => setSaved('failed'));
      }}
    >
      <label htmlFor="note">บันทึก</label>
      <input id="note" value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="submit">save</button>
      {saved && <p data-testid="saved">{saved}</p>}
    </form>
  );
}

function withSession(respond: (url: string, auth: string | undefined, body: unknown) => [number, unknown]) {
  const { fetch } = mockFetch(({ url, body }) => {
    const init = fetch.mock.calls[fetch.mock.calls.length - 1][1] as RequestInit;
    return respond(url, (init.headers as Record<string, string> | undefined)?.['Authorization'], body);
  });
  return fetch;
}

describe('the session', () => {
  it('ends mid-form: a dialog asks for the password, the request is sent again, and the typed text survives', async () => {
    tokenStore.set('old');
    const fetch = withSession((url, auth, body) => {
      if (url === '/api/me') return [200, staffUser];
      if (url === '/api/auth/login') return [200, { accessToken: 'new', user: staffUser }];
      if (url === '/api/notes' && auth === 'Bearer new') return [201, body];
      return [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'เซสชันสิ้นสุดแล้ว' }];
    });
    render(
      <AuthProvider>
        <NoteForm />
      </AuthProvider>,
    );
    fireEvent.change(await screen.findByLabelText('บันทึก'), { target: { value: 'เยี่ยมบ้านแล้ว' } });
    fireEvent.click(screen.getByText('save'));

    const dialog = await screen.findByTestId('relogin-dialog');
    expect(dialog.textContent).toContain(staffUser.email);
    fireEvent.change(screen.getByLabelText('รหัสผ่าน'), { target: { value: 'correct-horse' } });
    fireEvent.click(screen.getByTestId('relogin-submit'));

    expect((await screen.findByTestId('saved')).textContent).toBe('เยี่ยมบ้านแล้ว');
    expect(screen.queryByTestId('relogin-dialog')).toBeNull();
    expect((screen.getByLabelText('บันทึก') as HTMLInputElement).value).toBe('เยี่ยมบ้านแล้ว');
    expect(tokenStore.get()).toBe('new');
    const login = fetch.mock.calls.find(([url]) => url === '/api/auth/login');
    expect(JSON.parse((login?.[1] as RequestInit).body as string)).toEqual({ email: staffUser.email, password: 'correct-horse' });
  });

  it('shows a wrong password in the dialog and keeps it open', async () => {
    tokenStore.set('old');
    withSession((url) => {
      if (url === '/api/me') return [200, staffUser];
      if (url === '/api/auth/login') return [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง' }];
      return [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'เซสชันสิ้นสุดแล้ว' }];
    });
    render(
      <AuthProvider>
        <NoteForm />
      </AuthProvider>,
    );
    fireEvent.click(await screen.findByText('save'));
    await screen.findByTestId('relogin-dialog');
    fireEvent.change(screen.getByLabelText('รหัสผ่าน'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByTestId('relogin-submit'));
    expect((await screen.findByTestId('relogin-error')).textContent).toContain('รหัสผ่านไม่ถูกต้อง');
    expect(screen.getByTestId('relogin-dialog')).toBeTruthy();
  });

  it('signing out in another tab signs this tab out too', async () => {
    tokenStore.set('shared');
    withSession(() => [200, staffUser]);
    render(
      <AuthProvider>
        <NoteForm />
      </AuthProvider>,
    );
    await screen.findByLabelText('บันทึก');
    act(() => {
      localStorage.removeItem(TOKEN_KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: TOKEN_KEY, oldValue: 'shared', newValue: null }));
    });
    expect(await screen.findByTestId('signed-out')).toBeTruthy();
  });
});
