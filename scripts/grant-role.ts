// `npm run user:grant -- <username or email> <role>`: gives a role, e.g. the first admin.
// Embedded mode keeps the database in one process: stop the server first.
import { eq, or, sql } from 'drizzle-orm';
import { ZRole } from '../contracts/auth.js';
import { loadConfig } from '../server/config.js';
import { recordAudit } from '../server/modules/audit/audit.service.js';
import { users } from '../server/modules/users/users.tables.js';
import { openDatabase } from '../server/platform/db/index.js';
import { createLogger } from '../server/platform/http/logger.js';

const [login, roleArg] = process.argv.slice(2);
const role = ZRole.safeParse(roleArg);
if (!login || !role.success) {
  console.error(`usage: npm run user:grant -- <username or email> <${ZRole.options.join('|')}>`);
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase(config, createLogger({ logLevel: 'warn', logPretty: false }));
try {
  await database.migrate();
  const needle = login.toLowerCase();
  const [user] = await database.db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, needle), eq(sql`lower(${users.email})`, needle)));
  if (!user) {
    console.error(`No account "${login}".`);
    process.exitCode = 1;
  } else {
    const roles = [...new Set([...user.roles, role.data])];
    await database.transaction(async (tx) => {
      await tx.update(users).set({ roles, updatedAt: new Date() }).where(eq(users.id, user.id));
      await recordAudit(
        tx,
        {
          action: 'admin.roles.change',
          targetType: 'user',
          targetId: user.id,
          details: { before: user.roles, after: roles, via: 'command line' },
        },
        new Date(),
      );
    });
    console.log(`${user.username} now has the roles: ${roles.join(', ')}.`);
  }
} finally {
  await database.close();
}
