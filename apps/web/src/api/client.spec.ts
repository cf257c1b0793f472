import { mockFetch } from '../test-utils';
import { api, ApiError, setUnauthorizedHandler, tokenStore } from './client';

describe('api client', () => {
  it('sends the bearer token and parses JSON', async () => {
    const { fetch } = mockFetch(() => [200, { ok: true }]);
    tokenStore.set('t-1');
    await expect(api('/api/me')).resolves.toEqual({ ok: true });
    const init = fetch.mock.calls[0][1] as RequestInit;
    expect((init.headers as Record<string, string>)['Authorization']).toBe('Bearer t-1');
  });

  it('on 401 forgets the token and signs out', async () => {
    mockFetch(() => [401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'กรุณาเข้าสู่ระบบ' }]);
    const signedOut = vi.fn();
    setUnauthorizedHandler(signedOut);
    tokenStore.set('expired');
    const error = await api('/api/residents').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
    expect(tokenStore.get()).toBeNull();
    expect(signedOut).toHaveBeenCalledOnce();
  });
});
