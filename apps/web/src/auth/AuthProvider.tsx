import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserView } from '@elderwork/contracts';
import { setUnauthorizedHandler, tokenStore } from '../api/client';
import { authApi } from '../api/endpoints';
import { AuthContext, type AuthState } from './auth-context';

/** Holds the signed-in user; a 401 from any call signs out, and <RequireAuth> then shows the login page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserView | null | undefined>(() => (tokenStore.get() ? undefined : null));

  useEffect(() => {
    setUnauthorizedHandler(() => setUser(null));
    if (!tokenStore.get()) return;
    let cancelled = false;
    authApi
      .me()
      .then((me) => !cancelled && setUser(me))
      .catch(() => {
        if (cancelled) return;
        tokenStore.clear();
        setUser(null);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const { accessToken, user: signedIn } = await authApi.login(email, password);
    tokenStore.set(accessToken);
    setUser(signedIn);
    return signedIn;
  }, []);

  const logout = useCallback(() => {
    tokenStore.clear();
    setUser(null);
  }, []);

  const value = useMemo<AuthState>(() => ({ user, login, logout }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
