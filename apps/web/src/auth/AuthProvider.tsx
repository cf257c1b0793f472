import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isSecondStep, type LoginResponse, type UserView } from '@elderwork/contracts';
import { setUnauthorizedHandler, TOKEN_KEY, tokenStore } from '../api/client';
import { authApi } from '../api/endpoints';
import { AuthContext, type AuthState } from './auth-context';
import { ReloginDialog } from './ReloginDialog';

/**
 * Holds the signed-in user. The session is shared by every tab (localStorage, `storage` events).
 * When a request finds the session ended, a dialog asks for the password (and the second factor,
 * decision 0024) over the page and the request is sent again: the form the user was filling in
 * stays as it was (decision 0025).
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<UserView | null | undefined>(() => (tokenStore.get() ? undefined : null));
  const [relogin, setRelogin] = useState(false);
  const userRef = useRef(user);
  userRef.current = user;
  const waiting = useRef<((signedIn: boolean) => void)[]>([]);

  const settle = useCallback((signedIn: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setRelogin(false);
    resolvers.forEach((resolve) => resolve(signedIn));
  }, []);

  const logout = useCallback(() => {
    const token = tokenStore.get();
    tokenStore.clear();
    setUser(null);
    settle(false);
    if (token) authApi.logout(token).catch(() => undefined);
  }, [settle]);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (!userRef.current) {
        // The stored token was checked at start and refused: just show the login page.
        tokenStore.clear();
        setUser(null);
        return Promise.resolve(false);
      }
      setRelogin(true);
      return new Promise<boolean>((resolve) => waiting.current.push(resolve));
    });
  }, []);

  useEffect(() => {
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

  // Another tab signed in, renewed or signed out.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== TOKEN_KEY && event.key !== null) return;
      if (!tokenStore.get()) {
        setUser(null);
        settle(false);
        return;
      }
      if (waiting.current.length > 0) settle(true);
      if (!userRef.current) authApi.me().then(setUser, () => undefined);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [settle]);

  const signIn = useCallback(
    ({ accessToken, user: signedIn }: LoginResponse) => {
      tokenStore.set(accessToken);
      setUser(signedIn);
      settle(true);
    },
    [settle],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const result = await authApi.login(email, password);
      if (isSecondStep(result)) return result;
      signIn(result);
      return result.user;
    },
    [signIn],
  );

  const value = useMemo<AuthState>(() => ({ user, login, signIn, logout }), [user, login, signIn, logout]);
  return (
    <AuthContext.Provider value={value}>
      {children}
      {relogin && user && <ReloginDialog email={user.email} onSignedIn={signIn} onSignOut={logout} />}
    </AuthContext.Provider>
  );
}
