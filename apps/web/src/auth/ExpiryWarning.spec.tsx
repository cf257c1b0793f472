import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { tokenStore } from '../api/client';
import { mockFetch } from '../test-utils';
import { ExpiryWarning } from './ExpiryWarning';

const tokenEndingIn = (ms: number) => `h.${btoa(JSON.stringify({ exp: Math.floor((Date.now() + ms) / 1000) })).replace(/=+$/, '')}.s`;

describe('ExpiryWarning', () => {
  it('says nothing while the session has long to run', () => {
    tokenStore.set(tokenEndingIn(60 * 60 * 1000));
    render(<ExpiryWarning />);
    expect(screen.queryByTestId('session-expiry')).toBeNull();
  });

  it('warns in Thai a few minutes before the end, and "stay signed in" renews the session', async () => {
    tokenStore.set(tokenEndingIn(3 * 60 * 1000));
    const renewed = tokenEndingIn(8 * 60 * 60 * 1000);
    const { calls } = mockFetch(() => [200, { accessToken: renewed, expiresAt: new Date(Date.now() + 8 * 3600_000).toISOString(), maxExpiresAt: new Date(Date.now() + 12 * 3600_000).toISOString() }]);
    render(<ExpiryWarning />);
    expect(screen.getByTestId('session-expiry').textContent).toContain('จะหมดอายุในอีก 3 นาที');
    fireEvent.click(screen.getByTestId('stay-signed-in'));
    await waitFor(() => expect(screen.queryByTestId('session-expiry')).toBeNull());
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST /api/auth/refresh']);
    expect(tokenStore.get()).toBe(renewed);
  });

  it('tells the user to save their work when the session cannot be renewed further', async () => {
    tokenStore.set(tokenEndingIn(2 * 60 * 1000));
    const same = tokenEndingIn(2 * 60 * 1000);
    mockFetch(() => [200, { accessToken: same, expiresAt: new Date(Date.now() + 2 * 60_000).toISOString(), maxExpiresAt: new Date(Date.now() + 2 * 60_000).toISOString() }]);
    render(<ExpiryWarning />);
    fireEvent.click(screen.getByTestId('stay-signed-in'));
    await waitFor(() => expect(screen.getByTestId('session-expiry').textContent).toContain('กรุณาบันทึกงานที่ทำอยู่'));
    expect(screen.queryByTestId('stay-signed-in')).toBeNull();
  });
});
