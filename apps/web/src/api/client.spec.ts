import { mockFetch } from '../test-utils';
import { api, ApiError, setUnauthorizedHandler, tokenExpiresAt, tokenStore } from './client';

describe('api client', () => {
  it('sends the bearer token and parses JSON', async () => {
    const { fetch } = mockFetch(() => [200, { ok: true }]);
    tokenStore.set('t-1');
    await expect(api('/api/me')).resolves.toEqual({ ok: true });
    const init = fetch.mock.calls[0][1] as RequestInit;
    expect((init.headers as Record<string, string>)['Authorization']).toBe('Bearer t-1');
  });

  it('on 401 asks for the password again and resends the request with the new token', async () => {
    const { fetch } = mockFetch((call) => {
      const init = fetch.mock.calls[fetch.mock.calls.length - 1][1] as RequestInit;
      const auth = (init.headers as Record<string, string>)['Authorization'];
      if (call.url === '/api/residents' && auth === 'Bearer fresh') return [201, { id: 'r-1' }];
      return [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'กรุณาเข้าสู่ระบบ' }];
    });
    tokenStore.set('expired');
    setUnauthorizedHandler(async () => {
      tokenStore.set('fresh');
      return true;
    });
    await expect(api('/api/residents', { method: 'POST', json: { firstName: 'สมศรี' } })).resolves.toEqual({ id: 'r-1' });
    expect(fetch).toHaveBeenCalledTimes(2);
    // The same body went out again.
    expect((fetch.mock.calls[1][1] as RequestInit).body).toBe(JSON.stringify({ firstName: 'สมศรี' }));
  });

  it('on 401 when the user signs out instead, the request fails with the API error', async () => {
    mockFetch(() => [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'กรุณาเข้าสู่ระบบ' }]);
    const ask = vi.fn(async () => false);
    setUnauthorizedHandler(ask);
    tokenStore.set('expired');
    const error = await api('/api/residents').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
    expect(ask).toHaveBeenCalledOnce();
  });

  it('a wrong password at sign-in is an answer, not a reason to ask for the password', async () => {
    mockFetch(() => [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง' }]);
    const ask = vi.fn(async () => true);
    setUnauthorizedHandler(ask);
    tokenStore.set('old');
    await expect(api('/api/auth/login', { method: 'POST', json: {}, anonymous: true })).rejects.toBeInstanceOf(ApiError);
    expect(ask).not.toHaveBeenCalled();
  });

  it('reads when a token expires from its exp claim', () => {
    const payload = btoa(JSON.stringify({ sub: 'u', exp: 1_900_000_000 })).replace(/=+$/, '');
    expect(tokenExpiresAt(`h.${payload}.s`)).toBe(1_900_000_000_000);
    expect(tokenExpiresAt('not-a-jwt')).toBeNull();
  });
});
