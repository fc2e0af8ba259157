import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import type { TFieldError } from '../../../contracts/errors.js';

/** OWASP's argon2id parameters: 19 MiB, 2 iterations, parallelism 1. */
const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: a const enum, which verbatimModuleSyntax cannot import as a value.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified against when an account does not exist, so a failed login costs the same either way.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword('careeros-timing-equaliser');
  const target = passwordHash ?? (await dummyHash);
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
