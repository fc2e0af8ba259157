import { z } from 'zod';

export const roles = ['student', 'mentor', 'moderator', 'admin'] as const;
export const ZRole = z.enum(roles);
export type TRole = z.infer<typeof ZRole>;

/** What roles can grant; the server's matrix maps roles to these (server/modules/auth/permissions.ts). */
export const permissions = [
  'users:list',
  'users:manage-roles',
  'users:suspend',
  'audit:read',
  'moderation:act',
  'mentorship:offer',
] as const;
export const ZPermission = z.enum(permissions);
export type TPermission = z.infer<typeof ZPermission>;

export const ZUsername = z
  .string()
  .min(3, 'at least 3 characters')
  .max(32, 'at most 32 characters')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'letters, digits, ".", "_" and "-", starting with a letter or digit',
  );

export const ZEmail = z.email('a valid email address').max(254);

/** Any characters, never trimmed; strength is judged by the server (zxcvbn). */
export const ZPassword = z
  .string()
  .min(8, 'at least 8 characters')
  .max(128, 'at most 128 characters');

/** "web" keeps the refresh token in an HttpOnly cookie; "api" clients get it in the body. */
export const ZTokenTransport = z.enum(['web', 'api']).default('web');

export const ZRegisterRequest = z.strictObject({
  username: ZUsername,
  email: ZEmail,
  password: ZPassword,
  transport: ZTokenTransport,
});
export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;

export const ZLoginRequest = z.strictObject({
  login: z.string().min(1, 'username or email').max(254),
  password: z.string().min(1).max(128),
  transport: ZTokenTransport,
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZRefreshRequest = z.strictObject({
  /** API clients send the refresh token here; the web app sends none (the cookie carries it). */
  refreshToken: z.string().min(20).max(200).optional(),
});

export const ZAuthUser = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  roles: z.array(ZRole),
  /** What the roles allow, so clients show only the controls that will work. */
  permissions: z.array(ZPermission),
  createdAt: z.iso.datetime(),
});
export type TAuthUser = z.infer<typeof ZAuthUser>;

export const ZAuthResponse = z.object({
  user: ZAuthUser,
  accessToken: z.string(),
  accessTokenExpiresAt: z.iso.datetime(),
  /** Only for transport "api". */
  refreshToken: z.string().optional(),
});
export type TAuthResponse = z.infer<typeof ZAuthResponse>;

export const ZSession = z.object({
  id: z.uuid(),
  userAgent: z.string(),
  ip: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  current: z.boolean(),
});
export type TSession = z.infer<typeof ZSession>;

export const ZListSessionsResponse = z.object({ items: z.array(ZSession) });
export const ZSessionIdParams = z.object({ id: z.uuid() });
export const ZRevokedResponse = z.object({ revoked: z.number().int() });

export const ZTotpCode = z
  .string()
  .trim()
  .regex(/^\d{3} ?\d{3}$/, 'the 6-digit code from your authenticator app');
export const ZBackupCode = z.string().trim().min(10).max(20);

/** Login answer for an account with 2FA: complete it with POST /api/auth/2fa/verify. */
export const ZTwoFactorChallenge = z.object({
  twoFactorRequired: z.literal(true),
  challengeToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type TTwoFactorChallenge = z.infer<typeof ZTwoFactorChallenge>;
export const ZLoginResponse = z.union([ZAuthResponse, ZTwoFactorChallenge]);
export type TLoginResponse = z.infer<typeof ZLoginResponse>;

export const ZTwoFactorVerifyRequest = z
  .strictObject({
    challengeToken: z.string().min(20).max(200),
    code: ZTotpCode.optional(),
    backupCode: ZBackupCode.optional(),
    transport: ZTokenTransport,
  })
  .refine((v) => Boolean(v.code) !== Boolean(v.backupCode), {
    message: 'give either a code or a backup code',
    path: ['code'],
  });

export const ZTwoFactorStatus = z.object({
  enabled: z.boolean(),
  backupCodesRemaining: z.number().int(),
});
export const ZTwoFactorSetupResponse = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string(),
});
export const ZTwoFactorEnableRequest = z.strictObject({ code: ZTotpCode });
export const ZBackupCodesResponse = z.object({ backupCodes: z.array(z.string()) });
/** Turning 2FA off or regenerating codes needs the password and a current code. */
export const ZTwoFactorReauthRequest = z
  .strictObject({
    password: z.string().min(1).max(128),
    code: ZTotpCode.optional(),
    backupCode: ZBackupCode.optional(),
  })
  .refine((v) => Boolean(v.code) !== Boolean(v.backupCode), {
    message: 'give either a code or a backup code',
    path: ['code'],
  });

export const ZEmailTokenRequest = z.strictObject({ token: z.string().min(20).max(200) });
export const ZForgotPasswordRequest = z.strictObject({ email: ZEmail });
export const ZResetPasswordRequest = z.strictObject({
  token: z.string().min(20).max(200),
  password: ZPassword,
});
export const ZChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: ZPassword,
});
/** The same answer whether or not an account exists for the address. */
export const ZAcceptedResponse = z.object({ accepted: z.literal(true) });

export const oauthProviders = ['google', 'github', 'linkedin'] as const;
export const ZOAuthProvider = z.enum(oauthProviders);
export const ZOAuthProvidersResponse = z.object({ providers: z.array(ZOAuthProvider) });
export const ZOAuthStartQuery = z.object({
  /** Where to return after signing in: a path on this site. */
  next: z
    .string()
    .max(500)
    .regex(/^\/(?!\/)[^\s\\]*$/, 'a path on this site')
    .optional(),
});
export const ZOAuthLinkResponse = z.object({ url: z.url() });
export const ZIdentity = z.object({
  provider: ZOAuthProvider,
  email: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export const ZListIdentitiesResponse = z.object({ items: z.array(ZIdentity) });
