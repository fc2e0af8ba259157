import type { DbOrTx } from '../../platform/db/index.js';
import type { AuditSubject } from '../audit/audit.user-data.js';
import { userSessionIds } from '../auth/auth.user-data.js';
import { exportAccount } from '../users/users.user-data.js';

/** What finds a person's rows in the audit log: their id, login names and sessions. */
export async function auditSubject(db: DbOrTx, userId: string): Promise<AuditSubject> {
  const account = await exportAccount(db, userId);
  return {
    userId,
    logins: account ? [account.username, account.email].filter(Boolean) : [],
    sessionIds: await userSessionIds(db, userId),
  };
}
