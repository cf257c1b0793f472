import { createContext, useContext } from 'react';
import type { LoginResponse, TotpEnrolResponse, TotpRequiredResponse, UserView } from '@elderwork/contracts';

export interface AuthState {
  /** null when signed out; undefined while the stored token is being checked. */
  user: UserView | null | undefined;
  /** Signs in at once, or answers the second step an administrator or officer still has to take. */
  login: (email: string, password: string) => Promise<UserView | TotpRequiredResponse | TotpEnrolResponse>;
  /** Starts the session of a finished login (after the second step, once its recovery codes were shown). */
  signIn: (response: LoginResponse) => void;
  logout: () => void;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside <AuthProvider>');
  return state;
}

/** The signed-in user; only for components rendered inside <RequireAuth>. */
export function useUser(): UserView {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
