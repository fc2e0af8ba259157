import { describe, expect, it } from 'vitest';
import { decideOAuthSignIn } from './account-linking.js';
import type { OAuthSignInDecision, OAuthSignInFacts } from './account-linking.js';
import type { ProviderProfile } from './provider-types.js';

const verified: ProviderProfile = {
  provider: 'google',
  subject: 's-1',
  email: 'ada@example.org',
  emailVerified: true,
};
const unverified: ProviderProfile = { ...verified, emailVerified: false };
const noEmail: ProviderProfile = { provider: 'github', subject: 's-2', emailVerified: false };
const verifiedUser = { id: 'u-verified', emailVerified: true };
const unverifiedUser = { id: 'u-unverified', emailVerified: false };

const cases: [string, OAuthSignInFacts, OAuthSignInDecision][] = [
  [
    'already linked: signs in, whatever the email says',
    { profile: unverified, linkedUserId: 'u-linked', userWithEmail: verifiedUser },
    { action: 'sign-in', userId: 'u-linked' },
  ],
  [
    'already linked, provider gives no email',
    { profile: noEmail, linkedUserId: 'u-linked' },
    { action: 'sign-in', userId: 'u-linked' },
  ],
  [
    'both sides verified the matching email: links',
    { profile: verified, userWithEmail: verifiedUser },
    { action: 'link-and-sign-in', userId: 'u-verified' },
  ],
  [
    'provider did not verify the matching email',
    { profile: unverified, userWithEmail: verifiedUser },
    { action: 'refuse', reason: 'email_in_use_login_to_link' },
  ],
  [
    'local account never verified the matching email',
    { profile: verified, userWithEmail: unverifiedUser },
    { action: 'refuse', reason: 'email_in_use_login_to_link' },
  ],
  [
    'neither side verified the matching email',
    { profile: unverified, userWithEmail: unverifiedUser },
    { action: 'refuse', reason: 'email_in_use_login_to_link' },
  ],
  ['new verified email: creates an account', { profile: verified }, { action: 'create-account' }],
  [
    'new unverified email',
    { profile: unverified },
    { action: 'refuse', reason: 'email_not_verified_by_provider' },
  ],
  [
    'no email at all',
    { profile: noEmail },
    { action: 'refuse', reason: 'email_not_verified_by_provider' },
  ],
  [
    'no email, even if an account was passed in',
    { profile: noEmail, userWithEmail: verifiedUser },
    { action: 'refuse', reason: 'email_not_verified_by_provider' },
  ],
];

describe('decideOAuthSignIn', () => {
  it.each(cases)('%s', (_name, facts, decision) => {
    expect(decideOAuthSignIn(facts)).toEqual(decision);
  });
});
