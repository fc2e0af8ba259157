import { ZAcceptedResponse } from '../../../contracts/auth';
import { apiRequest } from './api';

/** Email verification and passwords: the calls behind the emailed links and the security page. */

export function verifyEmail(token: string) {
  return apiRequest('POST', '/api/auth/verify-email', ZAcceptedResponse, {
    body: { token },
    auth: false,
  });
}

/** Sends the signed-in user a new confirmation link (the server sends at most one a minute). */
export function requestVerificationEmail() {
  return apiRequest('POST', '/api/auth/verify-email/request', ZAcceptedResponse);
}

export function requestPasswordReset(email: string) {
  return apiRequest('POST', '/api/auth/password/forgot', ZAcceptedResponse, {
    body: { email },
    auth: false,
  });
}

export function resetPassword(token: string, password: string) {
  return apiRequest('POST', '/api/auth/password/reset', ZAcceptedResponse, {
    body: { token, password },
    auth: false,
  });
}

export function changePassword(input: { currentPassword: string; newPassword: string }) {
  return apiRequest('POST', '/api/auth/password/change', ZAcceptedResponse, { body: input });
}

/** How long the server waits between two emails to one address. */
export const EMAIL_RESEND_SECONDS = 60;
