import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth } from '../../lib/auth-context';

/** Signs out of this device and goes to the home page. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);
  const signOut = async () => {
    setSigningOut(true);
    try {
      // Leave first, so a members-only page does not send the user to the login page. The
      // flush makes the new page render now, before the sign-out updates the auth state.
      await navigate('/', { flushSync: true });
      await logout();
    } finally {
      setSigningOut(false);
    }
  };
  return { signOut, signingOut };
}
