import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password hashes', () => {
  it('use OWASP argon2id parameters unless told otherwise', async () => {
    const stored = await hashPassword('Lantern-orbit-gravel-42');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'Lantern-orbit-gravel-42')).toBe(true);
    expect(await verifyPassword(stored, 'Lantern-orbit-gravel-43')).toBe(false);
  });

  it('verify with the parameters stored in the hash, whatever the current setting', async () => {
    const cheap = await hashPassword('Lantern-orbit-gravel-42', 'test-minimal');
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$/);
    expect(await verifyPassword(cheap, 'Lantern-orbit-gravel-42')).toBe(true);
    const standard = await hashPassword('Lantern-orbit-gravel-42');
    expect(await verifyPassword(standard, 'Lantern-orbit-gravel-42', 'test-minimal')).toBe(true);
    // No account: always false, also against the dummy of either cost.
    expect(await verifyPassword(null, 'careeros-timing-equaliser')).toBe(false);
    expect(await verifyPassword(null, 'careeros-timing-equaliser', 'test-minimal')).toBe(false);
  });
});
