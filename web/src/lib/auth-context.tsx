import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  use,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  getAuthSnapshot,
  login,
  logout,
  register,
  subscribeAuth,
  verifyTwoFactor,
  type AuthSnapshot,
} from './auth';

export interface AuthContextValue extends AuthSnapshot {
  login: typeof login;
  register: typeof register;
  verifyTwoFactor: typeof verifyTwoFactor;
  logout: typeof logout;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** Query keys of data that belongs to the signed-in user start with this, then the user id. */
export const ACCOUNT_QUERY_KEY = 'account';

export function AuthProvider({ children }: { children: ReactNode }) {
  const snapshot = useSyncExternalStore(subscribeAuth, getAuthSnapshot);
  const queryClient = useQueryClient();
  const userId = snapshot.user?.id;

  // One user's cached data must never be shown to the next one on this device.
  useEffect(() => {
    queryClient.removeQueries({
      queryKey: [ACCOUNT_QUERY_KEY],
      predicate: (query) => query.queryKey[1] !== userId,
    });
  }, [queryClient, userId]);

  const value = useMemo(
    () => ({ ...snapshot, login, register, verifyTwoFactor, logout }),
    [snapshot],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}

/** The signed-in user and the actions that change who that is. */
export function useAuth(): AuthContextValue {
  const value = use(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
