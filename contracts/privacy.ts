import { z } from 'zod';
import { ZBackupCode, ZTotpCode } from './auth.js';

/** Bumped when the shape of the export changes in a way a reader must know about. */
export const EXPORT_FORMAT_VERSION = 1;

export const ZExportedFile = z.object({
  section: z.string(),
  key: z.string(),
  /** A signed link to the file itself, valid for a day from the export. */
  downloadUrl: z.string(),
});

/** Every record the platform holds about one user, one entry in `sections` per module. */
export const ZAccountExport = z.object({
  format: z.literal('careeros-account-export'),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  user: z.object({ id: z.uuid(), username: z.string() }),
  sections: z.record(z.string(), z.unknown()),
  files: z.array(ZExportedFile),
});
export type TAccountExport = z.infer<typeof ZAccountExport>;

/**
 * Confirms deleting one's own account. Accounts with a password send it; accounts that only sign
 * in through a provider type their username instead (and must have signed in recently). With
 * 2FA on, a current code or an unused backup code is needed as well.
 */
export const ZDeleteAccountRequest = z
  .strictObject({
    password: z.string().min(1, 'enter your password').max(128).optional(),
    confirmUsername: z.string().trim().min(1, 'type your username').max(64).optional(),
    code: ZTotpCode.optional(),
    backupCode: ZBackupCode.optional(),
  })
  .refine((v) => !(v.code && v.backupCode), {
    message: 'give either a code or a backup code, not both',
    path: ['code'],
  });
export type TDeleteAccountRequest = z.infer<typeof ZDeleteAccountRequest>;

/** What the deletion request of this account must contain, so a form can ask for just that. */
export const ZDeletionRequirements = z.object({
  /** "username" for accounts without a password (they sign in through a provider). */
  confirmWith: z.enum(['password', 'username']),
  twoFactor: z.boolean(),
  /** With "username": whether this session was signed in recently enough to delete now. */
  signedInRecently: z.boolean(),
});
export type TDeletionRequirements = z.infer<typeof ZDeletionRequirements>;

export const ZAccountDeletedResponse = z.object({ deleted: z.literal(true) });
