import type { ProviderProfile } from './provider-types.js';

export interface OAuthSignInFacts {
  profile: ProviderProfile;
  /** The user already linked to this provider subject, if any. */
  linkedUserId?: string;
  /** The local account whose email equals the profile's email, if any. */
  userWithEmail?: { id: string; emailVerified: boolean };
}

export type OAuthSignInDecision =
  | { action: 'sign-in'; userId: string }
  | { action: 'link-and-sign-in'; userId: string }
  | { action: 'create-account' }
  | { action: 'refuse'; reason: 'email_not_verified_by_provider' | 'email_in_use_login_to_link' };

/**
 * Decides what a provider sign-in does, from what the database holds.
 *
 * An existing account is linked automatically only when both sides have proven the same address:
 * the provider says it verified the email, and the account's owner verified it here. Without the
 * provider's word, anyone who can put the victim's address on a provider account could take over
 * the local account. Without the local proof, nobody ever showed that whoever registered the
 * account owns the address: linking would hand it to whoever controls the address at the provider,
 * or, if an attacker registered the account first, sign the real owner into an account whose
 * password the attacker knows. Either way the refusal asks the person to log in and link the
 * provider from settings, which proves they own the account.
 */
export function decideOAuthSignIn({
  profile,
  linkedUserId,
  userWithEmail,
}: OAuthSignInFacts): OAuthSignInDecision {
  if (linkedUserId) return { action: 'sign-in', userId: linkedUserId };
  // Without an email there is nothing to match or to create an account with.
  if (!profile.email) return { action: 'refuse', reason: 'email_not_verified_by_provider' };
  if (userWithEmail) {
    return profile.emailVerified && userWithEmail.emailVerified
      ? { action: 'link-and-sign-in', userId: userWithEmail.id }
      : { action: 'refuse', reason: 'email_in_use_login_to_link' };
  }
  // A new account's email must be one the person is known to control.
  if (!profile.emailVerified) return { action: 'refuse', reason: 'email_not_verified_by_provider' };
  return { action: 'create-account' };
}
