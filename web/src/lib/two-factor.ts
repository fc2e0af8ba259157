import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  ZBackupCodesResponse,
  ZTwoFactorSetupResponse,
  ZTwoFactorStatus,
  type ZTwoFactorReauthRequest,
} from '../../../contracts/auth';
import { apiGet, apiRequest } from './api';
import { ACCOUNT_QUERY_KEY } from './auth-context';

export type TwoFactorSetup = z.output<typeof ZTwoFactorSetupResponse>;
/** Turning two-step verification off and new backup codes need the password and a code. */
export type ReauthInput = z.input<typeof ZTwoFactorReauthRequest>;

export function twoFactorQuery(userId: string) {
  return queryOptions({
    queryKey: [ACCOUNT_QUERY_KEY, userId, 'two-factor'] as const,
    queryFn: ({ signal }) => apiGet('/api/auth/2fa', ZTwoFactorStatus, { signal }),
    staleTime: 0,
  });
}

export function beginTwoFactorSetup() {
  return apiRequest('POST', '/api/auth/2fa/setup', ZTwoFactorSetupResponse);
}

export function enableTwoFactor(code: string) {
  return apiRequest('POST', '/api/auth/2fa/enable', ZBackupCodesResponse, { body: { code } });
}

export function disableTwoFactor(input: ReauthInput) {
  return apiRequest('POST', '/api/auth/2fa/disable', ZTwoFactorStatus, { body: input });
}

export function regenerateBackupCodes(input: ReauthInput) {
  return apiRequest('POST', '/api/auth/2fa/backup-codes', ZBackupCodesResponse, { body: input });
}

/** "JBSW Y3DP EHPK 3PXP": a setup key in groups of four, easier to type from the screen. */
export function groupKey(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/** The text of the downloadable backup-codes file. */
export function backupCodesFile(codes: readonly string[], username: string, now: Date): string {
  return [
    `CareerOS backup codes for ${username}`,
    `Created ${now.toUTCString()}`,
    '',
    'Each code works once, in place of a code from your authenticator app.',
    'Keep them somewhere safe and private.',
    '',
    ...codes,
    '',
  ].join('\n');
}
