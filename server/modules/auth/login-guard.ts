import type { Cache } from '../../platform/cache/index.js';
import { AppError } from '../../platform/http/app-error.js';

/** Failures before waits begin, the failures allowed per hour, and the longest single wait. */
const FREE_FAILURES = 5;
const MAX_FAILURES_PER_HOUR = 100;
const MAX_WAIT_MS = 15 * 60_000;
const WINDOW_MS = 60 * 60_000;

interface FailureRecord {
  count: number;
  firstAt: number;
  lastAt: number;
}

/**
 * Per-account brute-force protection: after a few failures each further attempt must wait
 * exponentially longer (at most 15 minutes), and at most 100 failures count per hour. Nothing is
 * locked for good: the owner can always reset the password, and the window passes.
 */
export class LoginGuard {
  constructor(
    private readonly cache: Cache,
    private readonly now: () => Date,
  ) {}

  private key(account: string) {
    return `login-failures:${account.toLowerCase()}`;
  }

  /** Milliseconds until this account may try again; 0 when it may try now. */
  async waitMs(account: string): Promise<number> {
    const record = await this.cache.get<FailureRecord>(this.key(account));
    if (!record) return 0;
    const now = this.now().getTime();
    if (record.count >= MAX_FAILURES_PER_HOUR) return Math.max(0, record.firstAt + WINDOW_MS - now);
    if (record.count < FREE_FAILURES) return 0;
    const wait = Math.min(2 ** (record.count - FREE_FAILURES) * 1000, MAX_WAIT_MS);
    return Math.max(0, record.lastAt + wait - now);
  }

  async assertMayTry(account: string): Promise<void> {
    const wait = await this.waitMs(account);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed attempts for this account; try again in ${seconds} s or reset the password`,
        [],
        { retryAfterSeconds: seconds },
      );
    }
  }

  async recordFailure(account: string): Promise<void> {
    const now = this.now().getTime();
    const key = this.key(account);
    const previous = await this.cache.get<FailureRecord>(key);
    const fresh = !previous || now - previous.firstAt > WINDOW_MS;
    const record: FailureRecord = fresh
      ? { count: 1, firstAt: now, lastAt: now }
      : { count: previous.count + 1, firstAt: previous.firstAt, lastAt: now };
    await this.cache.set(key, record, Math.ceil((record.firstAt + WINDOW_MS - now) / 1000) + 1);
  }

  async clear(account: string): Promise<void> {
    await this.cache.delete(this.key(account));
  }
}
