import { describe, expect, it } from 'vitest';
import { checkCallback } from './callback.js';
import { OAuthError } from './oauth-error.js';

const STATE = 'k2V9Nq3xJ7uYbL0cR8dT1fW5hZ4mP6sA2gE9iO3vU7w';

function errorCode(result: ReturnType<typeof checkCallback>) {
  return result instanceof OAuthError ? result.code : undefined;
}

describe('checkCallback', () => {
  it('returns the code when the state matches', () => {
    expect(checkCallback({ query: { code: 'abc', state: STATE }, expectedState: STATE })).toEqual({
      code: 'abc',
    });
  });

  it.each([
    ['no state in the callback', { code: 'abc' }, STATE],
    ['no saved state', { code: 'abc', state: STATE }, undefined],
    ['an empty saved state', { code: 'abc', state: '' }, ''],
    ['a different state', { code: 'abc', state: `${STATE.slice(0, -1)}x` }, STATE],
    ['a shorter state', { code: 'abc', state: STATE.slice(0, 10) }, STATE],
    ['a repeated state parameter', { code: 'abc', state: [STATE, STATE] }, STATE],
    ['a denial with a forged state', { error: 'access_denied', state: 'forged' }, STATE],
  ])('is invalid_state with %s', (_case, query: Record<string, unknown>, expectedState) => {
    expect(errorCode(checkCallback({ query, expectedState }))).toBe('invalid_state');
  });

  it.each(['access_denied', 'user_cancelled_login', 'user_cancelled_authorize'])(
    'treats error=%s as a denied consent',
    (error) => {
      const result = checkCallback({ query: { error, state: STATE }, expectedState: STATE });
      expect(errorCode(result)).toBe('access_denied');
    },
  );

  it('treats other provider errors as a failed sign-in', () => {
    const result = checkCallback({
      query: { error: 'temporarily_unavailable', state: STATE },
      expectedState: STATE,
    });
    expect(errorCode(result)).toBe('exchange_failed');
    expect((result as OAuthError).message).toContain('temporarily_unavailable');
  });

  it.each([{}, { code: '' }, { code: ['a', 'b'] }])('needs exactly one code (%j)', (extra) => {
    const result = checkCallback({ query: { ...extra, state: STATE }, expectedState: STATE });
    expect(errorCode(result)).toBe('exchange_failed');
  });
});
