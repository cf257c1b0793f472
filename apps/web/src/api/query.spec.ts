import { ApiError, NetworkError } from './client';
import { createQueryClient } from './query';

type Retry = (failures: number, error: unknown) => boolean;

const retryOf = (test: boolean) => createQueryClient({ test }).getDefaultOptions().queries?.retry;
const apiError = (status: number) => new ApiError(status, { statusCode: status, code: `HTTP_${status}`, message: '' });

describe('createQueryClient', () => {
  it('retries a read only when trying again can help (network, 5xx), twice', () => {
    const retry = retryOf(false) as Retry;
    expect(retry(0, new NetworkError(new TypeError('offline')))).toBe(true);
    expect(retry(1, apiError(503))).toBe(true);
    expect(retry(2, apiError(503))).toBe(false);
    for (const status of [400, 401, 403, 404, 409]) expect(retry(0, apiError(status))).toBe(false);
  });

  it('never retries in tests, and never retries a write', () => {
    expect(retryOf(true)).toBe(false);
    expect(createQueryClient().getDefaultOptions().mutations?.retry).toBe(false);
    expect(createQueryClient().getDefaultOptions().queries?.refetchOnWindowFocus).toBe(false);
  });
});
