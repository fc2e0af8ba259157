import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import type { TFieldError } from '../../../contracts/errors.js';

/**
 * How expensive password hashes are: OWASP's argon2id parameters (19 MiB, 2 iterations,
 * parallelism 1), or a token cost (64 KiB, 1 iteration) that config accepts only under
 * NODE_ENV=test, for test suites that hash hundreds of passwords. Verifying reads the parameters
 * from the stored hash.
 */
export type PasswordHashing = 'owasp' | 'test-minimal';

const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: a const enum, which verbatimModuleSyntax cannot import as a value.
  owasp: { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  'test-minimal': { algorithm: 2 as Algorithm, memoryCost: 64, timeCost: 1, parallelism: 1 },
} as const satisfies Record<PasswordHashing, Options>;

export function hashPassword(
  password: string,
  hashing: PasswordHashing = 'owasp',
): Promise<string> {
  return hash(password, ARGON2_OPTIONS[hashing]);
}

// Verified against when an account does not exist, so a failed login costs the same either way.
const dummyHashes = new Map<PasswordHashing, Promise<string>>();

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
  hashing: PasswordHashing = 'owasp',
): Promise<boolean> {
  let dummy = dummyHashes.get(hashing);
  if (!dummy) {
    dummy = hashPassword('careeros-timing-equaliser', hashing);
    dummyHashes.set(hashing, dummy);
  }
  const target = passwordHash ?? (await dummy);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** zxcvbn score below which a password is refused (0-4; 3 = "safely unguessable" for online attacks). */
const MIN_SCORE = 3;

/**
 * Refuses common and guessable passwords (dictionaries, keyboard patterns, the user's own name
 * or email) without composition rules. Returns field errors, empty when the password is fine.
 */
export function passwordProblems(password: string, userInputs: string[]): TFieldError[] {
  const result = zxcvbn.check(password, userInputs);
  if (result.score >= MIN_SCORE) return [];
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean);
  return [
    {
      path: 'body.password',
      message: `too easy to guess${advice.length ? `: ${advice.join(' ')}` : ''}`,
    },
  ];
}
