import type { TAuthResponse } from '../../../contracts/auth.js';
import type { App } from '../../app.js';

export const STRONG_PASSWORD = 'vivid-Otter-trumpet-42';

let counter = 0;
/** Unique, valid sign-up data per call. */
export function newUserInput(overrides: Record<string, string> = {}) {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  return {
    username: `user_${n}`,
    email: `user_${n}@example.org`,
    password: STRONG_PASSWORD,
    ...overrides,
  };
}

export async function registerUser(
  app: App,
  overrides: Record<string, string> = {},
): Promise<TAuthResponse & { input: ReturnType<typeof newUserInput> }> {
  const input = newUserInput(overrides);
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/register',
    payload: { ...input, transport: 'api' },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  return { ...(res.json() as TAuthResponse), input };
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}
