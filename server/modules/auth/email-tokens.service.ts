import { and, eq, isNull } from 'drizzle-orm';
import { hashToken, randomToken } from '../../platform/crypto/tokens.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { emailTokens, type EmailTokenPurpose } from './auth.tables.js';

/** Issues a token; earlier unused tokens of the same purpose die, so only the newest link works. */
export async function issueEmailToken(
  tx: DbOrTx,
  input: { userId: string; purpose: EmailTokenPurpose; email: string; ttlMs: number; now: Date },
): Promise<string> {
  await tx
    .update(emailTokens)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(emailTokens.userId, input.userId),
        eq(emailTokens.purpose, input.purpose),
        isNull(emailTokens.usedAt),
      ),
    );
  const token = randomToken(32);
  await tx.insert(emailTokens).values({
    userId: input.userId,
    purpose: input.purpose,
    email: input.email,
    tokenHash: hashToken(token),
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + input.ttlMs),
  });
  return token;
}

/** Uses a token once: returns its row when it is live, marking it used in the same transaction. */
export async function consumeEmailToken(
  tx: DbOrTx,
  token: string,
  purpose: EmailTokenPurpose,
  now: Date,
) {
  const [row] = await tx
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, purpose)))
    .for('update');
  if (!row || row.usedAt || row.expiresAt <= now) return undefined;
  await tx.update(emailTokens).set({ usedAt: now }).where(eq(emailTokens.id, row.id));
  return row;
}
