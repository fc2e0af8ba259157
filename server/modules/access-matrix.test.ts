/**
 * The access-control matrix: every /api route, called as every kind of actor, answers with the
 * declared class of status. A route that is registered but not declared here fails the test, so
 * a new endpoint cannot ship without deciding who may call it.
 *
 * To add an endpoint: add one row to `matrix` with its route exactly as registered
 * ("METHOD /api/path/:param"), the outcome for each actor (the helpers below cover the usual
 * shapes) and, when the URL or body needs ids or valid input, a `call`.
 */
import { channel } from 'node:diagnostics_channel';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '../../contracts/auth.js';
import type { FakeGitHubProfile } from '../test/oauth-providers/fake-profiles.js';
import {
  startFakeOAuthProvider,
  type FakeOAuthProvider,
} from '../test/oauth-providers/fake-provider.js';
import { followAuthorization } from '../test/oauth-providers/follow-authorization.js';
import { buildTestApp, type TestApp } from '../test/test-app.js';
import { bearer, newUserInput, registerUser, STRONG_PASSWORD } from './auth/auth-test-helpers.js';
import { answersFor } from './assessments/assessment-test-helpers.js';
import { notify } from './notifications/notifications.service.js';
import { multipartFile, pngImage } from './profiles/profiles-test-helpers.js';
import { resumePdf } from './resume-imports/resume-import-test-helpers.js';
import { seedOccupation } from './roadmaps/roadmaps-test-helpers.js';
import { users } from './users/users.tables.js';

const actors = ['anonymous', 'owner', 'other', 'mentor', 'moderator', 'admin'] as const;
type Actor = (typeof actors)[number];
type SignedInActor = Exclude<Actor, 'anonymous'>;

/** Status classes: what the caller was let do, not the details of the answer. */
type Outcome = 'ok' | 'redirect' | 'unauthenticated' | 'forbidden' | 'not-found' | 'refused';
type Outcomes = Record<Actor, Outcome>;

function outcomeOf(status: number): Outcome | `HTTP ${number}` {
  if (status >= 200 && status < 300) return 'ok';
  if (status >= 300 && status < 400) return 'redirect';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  // Reached the handler, which refused the input or the state it found.
  if (status === 400 || status === 409 || status === 422) return 'refused';
  return `HTTP ${status}`;
}

/** The same answer for everyone, signed in or not. */
const everyone = (outcome: Outcome): Outcomes =>
  Object.fromEntries(actors.map((actor) => [actor, outcome])) as Outcomes;

/** Any signed-in user, acting on their own data. */
const signedIn = (outcome: Outcome = 'ok'): Outcomes => ({
  ...everyone(outcome),
  anonymous: 'unauthenticated',
});

/** Only these actors; other signed-in users are forbidden. */
const only = (...allowed: SignedInActor[]): Outcomes => ({
  ...everyone('forbidden'),
  anonymous: 'unauthenticated',
  ...Object.fromEntries(allowed.map((actor) => [actor, 'ok'])),
});

/** The owner's own resource, addressed by id: to everyone else it is `others`. */
const ownerOnly = (others: Outcome): Outcomes => ({
  ...everyone(others),
  anonymous: 'unauthenticated',
  owner: 'ok',
});

interface Account {
  id: string;
  username: string;
  accessToken: string;
}

interface Context {
  accounts: Record<SignedInActor, Account>;
  /** The account the admin endpoints act on; none of the actors. */
  target: Account;
  skillSlug: string;
  /** Logs in again: a new session with its own tokens. */
  login(account: Account): Promise<{ accessToken: string; refreshToken: string }>;
  /** A throwaway account, e.g. for a call that deletes or locks the caller's own account. */
  newAccount(roles?: TRole[]): Promise<Account>;
}

interface Call {
  url?: string;
  /** A JSON value, or a Buffer (e.g. multipart) with its content-type in `headers`. */
  payload?: unknown;
  headers?: Record<string, string>;
  /** Call as this account instead of the actor's own (e.g. a throwaway owner). */
  as?: Account;
}

interface Row {
  /** As registered: "METHOD /api/path/:param". */
  route: string;
  expect: Outcomes;
  /** The concrete request; by default the route's path with no body. */
  call?: (ctx: Context, caller: Account | undefined) => Call | Promise<Call>;
  /** The call ends the caller's session: make it from a session of its own. */
  ownSession?: boolean;
}

const GARBAGE_TOKEN = 'x'.repeat(43);
const TOTP_LOOKING_CODE = '123456';

const matrix: Row[] = [
  // Documentation and public catalog.
  { route: 'GET /api/docs', expect: everyone('ok') },
  { route: 'GET /api/docs/json', expect: everyone('ok') },
  { route: 'GET /api/docs/yaml', expect: everyone('ok') },
  // The UI's own entry page sends the browser on to /api/docs.
  { route: 'GET /api/docs/static/index.html', expect: everyone('redirect') },
  { route: 'GET /api/docs/static/swagger-initializer.js', expect: everyone('ok') },
  {
    route: 'GET /api/docs/static/*',
    expect: everyone('ok'),
    call: () => ({ url: '/api/docs/static/swagger-ui.css' }),
  },
  { route: 'GET /api/system/info', expect: everyone('ok') },
  { route: 'GET /api/skills', expect: everyone('ok') },
  { route: 'GET /api/data-sources', expect: everyone('ok') },
  {
    route: 'GET /api/me/gaps/:code',
    expect: signedIn('ok'),
    call: () => ({ url: '/api/me/gaps/15-1252.00' }),
  },
  { route: 'GET /api/occupations', expect: everyone('ok') },
  {
    route: 'GET /api/occupations/:code',
    expect: everyone('ok'),
    call: () => ({ url: '/api/occupations/15-1252.00' }),
  },
  {
    route: 'GET /api/skills/:slug',
    expect: everyone('ok'),
    call: (ctx) => ({ url: `/api/skills/${ctx.skillSlug}` }),
  },
  {
    // The link's signature is the credential, not who asks; an unsigned link is refused.
    route: 'GET /api/files/*',
    expect: everyone('refused'),
    call: () => ({ url: '/api/files/avatars/someone.png' }),
  },

  // Accounts and tokens.
  {
    route: 'POST /api/auth/register',
    expect: everyone('ok'),
    call: () => ({ payload: { ...newUserInput(), transport: 'api' } }),
  },
  {
    route: 'POST /api/auth/login',
    expect: everyone('ok'),
    call: (ctx, caller) => ({
      payload: {
        login: (caller ?? ctx.accounts.owner).username,
        password: STRONG_PASSWORD,
        transport: 'api',
      },
    }),
  },
  {
    // A refresh token is its own credential: each caller presents theirs, anonymous has none.
    route: 'POST /api/auth/refresh',
    expect: signedIn(),
    call: async (ctx, caller) =>
      caller ? { payload: { refreshToken: (await ctx.login(caller)).refreshToken } } : {},
  },
  { route: 'POST /api/auth/logout', expect: signedIn(), ownSession: true },
  { route: 'GET /api/auth/me', expect: signedIn() },
  { route: 'GET /api/auth/sessions', expect: signedIn() },
  {
    // A spare session of the owner: nobody else may end it, or learn that it exists.
    route: 'DELETE /api/auth/sessions/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/auth/sessions/${sessionIdOf((await ctx.login(ctx.accounts.owner)).accessToken)}`,
    }),
  },
  { route: 'POST /api/auth/sessions/revoke-others', expect: signedIn() },

  // Two-factor authentication, always the caller's own.
  { route: 'GET /api/auth/2fa', expect: signedIn() },
  {
    // Declared before setup: without a pending setup there is nothing to enable.
    route: 'POST /api/auth/2fa/enable',
    expect: signedIn('refused'),
    call: () => ({ payload: { code: TOTP_LOOKING_CODE } }),
  },
  { route: 'POST /api/auth/2fa/setup', expect: signedIn() },
  {
    route: 'POST /api/auth/2fa/disable',
    expect: signedIn('refused'),
    call: () => ({ payload: { password: STRONG_PASSWORD, code: TOTP_LOOKING_CODE } }),
  },
  {
    route: 'POST /api/auth/2fa/backup-codes',
    expect: signedIn('refused'),
    call: () => ({ payload: { password: STRONG_PASSWORD, code: TOTP_LOOKING_CODE } }),
  },
  {
    // The challenge token is the credential; this one was never issued.
    route: 'POST /api/auth/2fa/verify',
    expect: everyone('unauthenticated'),
    call: () => ({ payload: { challengeToken: GARBAGE_TOKEN, code: TOTP_LOOKING_CODE } }),
  },

  // Email verification and passwords.
  { route: 'POST /api/auth/verify-email/request', expect: signedIn() },
  {
    route: 'POST /api/auth/verify-email',
    expect: everyone('refused'),
    call: () => ({ payload: { token: GARBAGE_TOKEN } }),
  },
  {
    route: 'POST /api/auth/password/forgot',
    expect: everyone('ok'),
    call: () => ({ payload: { email: 'nobody@example.org' } }),
  },
  {
    route: 'POST /api/auth/password/reset',
    expect: everyone('refused'),
    call: () => ({ payload: { token: GARBAGE_TOKEN, password: STRONG_PASSWORD } }),
  },
  {
    // A wrong current password: reaching the check is what is tested, without changing anything.
    route: 'POST /api/auth/password/change',
    expect: signedIn('refused'),
    call: () => ({
      payload: { currentPassword: 'not-the-password', newPassword: 'another-Strong-pass-77' },
    }),
  },

  // Sign-in with other providers (GitHub configured against a local fake).
  { route: 'GET /api/auth/oauth/providers', expect: everyone('ok') },
  {
    route: 'GET /api/auth/oauth/:provider/start',
    expect: everyone('redirect'),
    call: () => ({ url: '/api/auth/oauth/github/start' }),
  },
  {
    route: 'POST /api/auth/oauth/:provider/link',
    expect: signedIn(),
    call: () => ({ url: '/api/auth/oauth/github/link' }),
  },
  {
    // Without the flow cookie the callback sends the browser back with an error.
    route: 'GET /api/auth/oauth/:provider/callback',
    expect: everyone('redirect'),
    call: () => ({ url: '/api/auth/oauth/github/callback?code=abc&state=def' }),
  },
  { route: 'GET /api/auth/oauth/identities', expect: signedIn() },
  {
    // Only the owner has GitHub linked; for anyone else there is nothing to unlink.
    route: 'DELETE /api/auth/oauth/identities/:provider',
    expect: ownerOnly('not-found'),
    call: () => ({ url: '/api/auth/oauth/identities/github' }),
  },

  // Administration.
  { route: 'GET /api/admin/users', expect: only('moderator', 'admin') },
  {
    route: 'PUT /api/admin/users/:id/roles',
    expect: only('admin'),
    call: (ctx) => ({
      url: `/api/admin/users/${ctx.target.id}/roles`,
      payload: { roles: ['student', 'mentor'] },
    }),
  },
  {
    route: 'POST /api/admin/users/:id/suspend',
    expect: only('admin'),
    call: (ctx) => ({ url: `/api/admin/users/${ctx.target.id}/suspend`, payload: {} }),
  },
  {
    route: 'POST /api/admin/users/:id/reactivate',
    expect: only('admin'),
    call: (ctx) => ({ url: `/api/admin/users/${ctx.target.id}/reactivate` }),
  },
  { route: 'GET /api/admin/audit', expect: only('admin') },

  // Profiles: anyone may read what the owner made public; only the owner changes it.
  {
    route: 'GET /api/users/:id',
    expect: everyone('ok'),
    call: (ctx) => ({ url: `/api/users/${ctx.accounts.owner.id}` }),
  },
  {
    route: 'PUT /api/users/:id',
    expect: ownerOnly('forbidden'),
    call: (ctx) => ({
      url: `/api/users/${ctx.accounts.owner.id}`,
      payload: { headline: 'Learning data engineering' },
    }),
  },
  {
    route: 'POST /api/users/:id/avatar',
    expect: ownerOnly('forbidden'),
    call: async (ctx) => {
      const body = multipartFile(await pngImage());
      return {
        url: `/api/users/${ctx.accounts.owner.id}/avatar`,
        payload: body.payload,
        headers: body.headers,
      };
    },
  },
  {
    route: 'DELETE /api/users/:id/avatar',
    expect: ownerOnly('forbidden'),
    call: (ctx) => ({ url: `/api/users/${ctx.accounts.owner.id}/avatar` }),
  },

  // Roadmaps: questions and generation for any signed-in user, each roadmap its owner's alone.
  {
    route: 'GET /api/roadmaps/questions',
    expect: signedIn('ok'),
    call: async () => ({ url: `/api/roadmaps/questions?occupation=${await roadmapOccupation()}` }),
  },
  {
    route: 'POST /api/roadmaps',
    expect: signedIn('ok'),
    call: async () => ({
      url: '/api/roadmaps',
      payload: { occupation: await roadmapOccupation(), answers: roadmapAnswers },
    }),
  },
  { route: 'GET /api/roadmaps', expect: signedIn('ok') },
  {
    route: 'GET /api/roadmaps/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/roadmaps/${(await ownerRoadmap(ctx)).id}` }),
  },
  {
    route: 'GET /api/roadmaps/:id/track',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/roadmaps/${(await ownerRoadmap(ctx)).id}/track` }),
  },
  {
    route: 'DELETE /api/roadmaps/:id',
    expect: ownerOnly('not-found'),
    // The owner deletes a fresh roadmap of their own, so the shared one stays for other rows.
    call: async (ctx, caller) => {
      const roadmap =
        caller === ctx.accounts.owner ? await newRoadmap(ctx) : await ownerRoadmap(ctx);
      return { url: `/api/roadmaps/${roadmap.id}` };
    },
  },
  {
    route: 'POST /api/roadmaps/:id/milestones/:milestoneId/complete',
    expect: ownerOnly('not-found'),
    call: async (ctx) => {
      const roadmap = await ownerRoadmap(ctx);
      return { url: `/api/roadmaps/${roadmap.id}/milestones/${roadmap.milestoneId}/complete` };
    },
  },
  {
    route: 'POST /api/roadmaps/:id/milestones/:milestoneId/reopen',
    expect: ownerOnly('not-found'),
    call: async (ctx) => {
      const roadmap = await ownerRoadmap(ctx);
      return { url: `/api/roadmaps/${roadmap.id}/milestones/${roadmap.milestoneId}/reopen` };
    },
  },
  {
    route: 'POST /api/roadmaps/:id/share',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/roadmaps/${(await ownerRoadmap(ctx)).id}/share` }),
  },
  {
    route: 'DELETE /api/roadmaps/:id/share',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/roadmaps/${(await ownerRoadmap(ctx)).id}/share` }),
  },
  {
    // The token is the credential: anyone holding a live link may read, no one else.
    route: 'GET /api/shared/roadmaps/:token',
    expect: everyone('ok'),
    call: async (ctx) => ({ url: `/api/shared/roadmaps/${await ownerShareToken(ctx)}` }),
  },

  // Achievements and the generated resume: the owner's alone; to others an id names nothing.
  { route: 'GET /api/achievements', expect: signedIn('ok') },
  {
    route: 'POST /api/achievements',
    expect: signedIn('ok'),
    call: () => ({ payload: { type: 'course', title: 'SQL basics', skills: ['SQL'] } }),
  },
  {
    route: 'GET /api/achievements/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/achievements/${await ownerAchievement(ctx)}` }),
  },
  {
    route: 'PATCH /api/achievements/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/achievements/${await ownerAchievement(ctx)}`,
      payload: { title: 'Intro to SQL' },
    }),
  },
  {
    route: 'DELETE /api/achievements/:id',
    expect: ownerOnly('not-found'),
    // The owner deletes a fresh record of their own, so the shared one stays for other rows.
    call: async (ctx, caller) => ({
      url: `/api/achievements/${caller === ctx.accounts.owner ? await newAchievement(ctx) : await ownerAchievement(ctx)}`,
    }),
  },
  { route: 'GET /api/resumes', expect: signedIn('ok') },
  {
    route: 'GET /api/resumes/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/resumes/${await ownerResume(ctx)}` }),
  },
  // The resume builder: tailored copies, versions and exports are the owner's alone.
  {
    route: 'POST /api/resumes',
    expect: signedIn('ok'),
    call: () => ({ payload: { name: 'Copy' } }),
  },
  {
    route: 'POST /api/resumes/import',
    expect: signedIn('ok'),
    call: () => ({ payload: { document: { basics: { name: 'Ada' } } } }),
  },
  {
    route: 'PATCH /api/resumes/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/resumes/${await ownerTailored(ctx)}`,
      payload: { name: 'Renamed' },
    }),
  },
  {
    route: 'DELETE /api/resumes/:id',
    expect: ownerOnly('not-found'),
    // The owner deletes a fresh copy of their own, so the shared one stays for other rows.
    call: async (ctx, caller) => ({
      url: `/api/resumes/${caller === ctx.accounts.owner ? await newTailored(ctx) : await ownerTailored(ctx)}`,
    }),
  },
  {
    route: 'POST /api/resumes/:id/versions',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/resumes/${await ownerTailored(ctx)}/versions`,
      payload: { name: 'Acme' },
    }),
  },
  {
    route: 'GET /api/resumes/:id/versions',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/resumes/${await ownerTailored(ctx)}/versions` }),
  },
  {
    route: 'GET /api/resumes/:id/versions/:number',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/resumes/${await ownerVersioned(ctx)}/versions/1` }),
  },
  {
    route: 'GET /api/resumes/:id/export',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/resumes/${await ownerTailored(ctx)}/export?format=txt` }),
  },
  {
    route: 'PUT /api/resumes/:id/public-link',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/resumes/${await ownerTailored(ctx)}/public-link`,
      payload: { enabled: false },
    }),
  },
  {
    // The token is the credential: anyone holding a live link may read, no one else.
    route: 'GET /api/public/resumes/:token',
    expect: everyone('ok'),
    call: async (ctx) => ({ url: `/api/public/resumes/${await ownerResumeToken(ctx)}` }),
  },
  {
    route: 'GET /api/public/resumes/:token/export',
    expect: everyone('ok'),
    call: async (ctx) => ({
      url: `/api/public/resumes/${await ownerResumeToken(ctx)}/export?format=pdf`,
    }),
  },
  // Cover letters: the caller's own; another user's letter is not found.
  { route: 'GET /api/cover-letters', expect: signedIn() },
  {
    route: 'POST /api/cover-letters',
    expect: signedIn(),
    call: () => ({ payload: { name: 'For Acme' } }),
  },
  {
    route: 'GET /api/cover-letters/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/cover-letters/${await ownerCoverLetter(ctx)}` }),
  },
  {
    route: 'PATCH /api/cover-letters/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/cover-letters/${await ownerCoverLetter(ctx)}`,
      payload: { template: 'modern' },
    }),
  },
  {
    route: 'DELETE /api/cover-letters/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/cover-letters/${await ownerCoverLetter(ctx)}` }),
  },
  {
    route: 'POST /api/cover-letters/:id/duplicate',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/cover-letters/${await ownerCoverLetter(ctx)}/duplicate` }),
  },
  {
    route: 'GET /api/cover-letters/:id/export',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/cover-letters/${await ownerCoverLetter(ctx)}/export?format=txt`,
    }),
  },

  // A user's skills: shown with the profile's basics, changed by the owner, endorsed by others.
  {
    route: 'GET /api/skills/suggest',
    expect: everyone('ok'),
    call: () => ({ url: '/api/skills/suggest?q=javs' }),
  },
  {
    route: 'GET /api/users/:id/skills',
    expect: everyone('ok'),
    call: (ctx) => ({ url: `/api/users/${ctx.accounts.owner.id}/skills` }),
  },
  {
    route: 'POST /api/me/skills',
    expect: signedIn(),
    call: () => ({ payload: { name: 'py', proficiency: 'beginner' } }),
  },
  {
    route: 'PATCH /api/me/skills/:skill',
    expect: signedIn(),
    call: async (_ctx, caller) => {
      await addSkill(caller, 'Rust');
      return { url: '/api/me/skills/rust', payload: { proficiency: 'advanced' } };
    },
  },
  {
    route: 'DELETE /api/me/skills/:skill',
    expect: signedIn(),
    call: async (_ctx, caller) => {
      await addSkill(caller, 'Go');
      return { url: '/api/me/skills/go' };
    },
  },
  {
    // Anyone signed in but the owner, who cannot endorse themselves.
    route: 'POST /api/users/:id/skills/:skill/endorsements',
    expect: { ...signedIn(), owner: 'forbidden' },
    call: async (ctx) => {
      await addSkill(ctx.accounts.owner, 'SQL');
      return { url: `/api/users/${ctx.accounts.owner.id}/skills/sql/endorsements`, payload: {} };
    },
  },
  {
    // Each withdraws their own endorsement; the owner has none to withdraw.
    route: 'DELETE /api/users/:id/skills/:skill/endorsements',
    expect: { ...signedIn(), owner: 'not-found' },
    call: async (ctx, caller) => {
      const url = `/api/users/${ctx.accounts.owner.id}/skills/docker/endorsements`;
      await addSkill(ctx.accounts.owner, 'Docker');
      if (caller && caller !== ctx.accounts.owner)
        await inject('POST', url, caller.accessToken, {});
      return { url };
    },
  },
  // Career goals and the plan: the caller's own; another user's goal is not found.
  { route: 'GET /api/me/goals', expect: signedIn() },
  {
    route: 'POST /api/me/goals',
    expect: signedIn(),
    call: () => ({ payload: { title: 'Become a data analyst', category: 'career' } }),
  },
  {
    route: 'GET /api/me/goals/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/me/goals/${(await ownerGoal(ctx)).id}` }),
  },
  {
    route: 'PATCH /api/me/goals/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/me/goals/${(await ownerGoal(ctx)).id}`,
      payload: { status: 'paused' },
    }),
  },
  {
    route: 'DELETE /api/me/goals/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/me/goals/${(await ownerGoal(ctx)).id}` }),
  },
  {
    route: 'POST /api/me/goals/:id/milestones',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/me/goals/${(await ownerGoal(ctx)).id}/milestones`,
      payload: { title: 'Finish the SQL course' },
    }),
  },
  {
    route: 'PUT /api/me/goals/:id/milestones/order',
    expect: ownerOnly('not-found'),
    call: async (ctx) => {
      const goal = await ownerGoal(ctx);
      return {
        url: `/api/me/goals/${goal.id}/milestones/order`,
        payload: { milestoneIds: [...goal.milestoneIds].reverse() },
      };
    },
  },
  {
    route: 'PATCH /api/me/goals/:id/milestones/:milestoneId',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: await ownerMilestoneUrl(ctx),
      payload: { title: 'Finish the SQL course, part 1' },
    }),
  },
  {
    route: 'DELETE /api/me/goals/:id/milestones/:milestoneId',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: await ownerMilestoneUrl(ctx) }),
  },
  {
    route: 'POST /api/me/goals/:id/milestones/:milestoneId/complete',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `${await ownerMilestoneUrl(ctx)}/complete` }),
  },
  {
    route: 'POST /api/me/goals/:id/milestones/:milestoneId/reopen',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `${await ownerMilestoneUrl(ctx)}/reopen` }),
  },
  { route: 'GET /api/me/plan', expect: signedIn() },

  // Badges and notifications: the caller's own; another user's notification is not found.
  { route: 'GET /api/badges', expect: signedIn() },
  { route: 'GET /api/notifications', expect: signedIn() },
  {
    route: 'POST /api/notifications/:id/read',
    expect: ownerOnly('not-found'),
    call: async (ctx) => {
      const note = await notify(t.platform.database.db, {
        userId: ctx.accounts.owner.id,
        kind: 'badge.earned',
        title: 'Badge earned: First milestone',
        createdAt: new Date(),
      });
      return { url: `/api/notifications/${note.id}/read` };
    },
  },
  { route: 'POST /api/notifications/read-all', expect: signedIn() },

  // Personal data: export and deletion, the owner's alone.
  {
    route: 'GET /api/users/:id/export',
    expect: ownerOnly('forbidden'),
    call: (ctx) => ({ url: `/api/users/${ctx.accounts.owner.id}/export` }),
  },
  {
    route: 'GET /api/users/:id/deletion',
    expect: ownerOnly('forbidden'),
    call: (ctx) => ({ url: `/api/users/${ctx.accounts.owner.id}/deletion` }),
  },
  {
    // The owner deletes a throwaway account of their own; everyone else tries the real owner's.
    route: 'DELETE /api/users/:id',
    expect: ownerOnly('forbidden'),
    call: async (ctx, caller) => {
      const payload = { password: STRONG_PASSWORD };
      if (caller !== ctx.accounts.owner) {
        return { url: `/api/users/${ctx.accounts.owner.id}`, payload };
      }
      const own = await ctx.newAccount();
      return { url: `/api/users/${own.id}`, as: own, payload };
    },
  },
  // Interest assessment, career matches and soft skills: items and profile matches are public,
  // results are the owner's alone (another user's result is not found).
  { route: 'GET /api/assessments/interest/items', expect: everyone('ok') },
  {
    route: 'GET /api/career-matches',
    expect: everyone('ok'),
    call: () => ({
      url: '/api/career-matches?realistic=4&investigative=30&artistic=2&social=8&enterprising=10&conventional=25',
    }),
  },
  {
    route: 'POST /api/me/interest-results',
    expect: signedIn(),
    call: () => ({ payload: { answers: answersFor({ investigative: 5 }) } }),
  },
  { route: 'GET /api/me/interest-results', expect: signedIn() },
  {
    route: 'GET /api/me/interest-results/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/me/interest-results/${await interestResultOf(ctx.accounts.owner)}`,
    }),
  },
  {
    route: 'GET /api/me/interest-results/:id/compare',
    expect: ownerOnly('not-found'),
    call: async (ctx) => {
      const a = await interestResultOf(ctx.accounts.owner);
      const b = await interestResultOf(ctx.accounts.owner);
      return { url: `/api/me/interest-results/${a}/compare?with=${b}` };
    },
  },
  {
    route: 'DELETE /api/me/interest-results/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/me/interest-results/${await interestResultOf(ctx.accounts.owner)}`,
    }),
  },
  {
    // Each caller's own latest result.
    route: 'GET /api/me/career-matches',
    expect: signedIn(),
    call: async (_ctx, caller) => {
      if (caller) await interestResultOf(caller);
      return {};
    },
  },
  { route: 'GET /api/me/soft-skills', expect: signedIn() },
  {
    route: 'PUT /api/me/soft-skills',
    expect: signedIn(),
    call: () => ({
      payload: { ratings: [{ skill: 'communication', currentLevel: 2, targetLevel: 4 }] },
    }),
  },
  // Integrations: webhooks are signed by the connection's secret, not a login; the rest is the
  // owner's own (another user's connection or delivery is not found).
  {
    route: 'POST /api/integrations/webhooks/:platform/:connectionId',
    expect: everyone('unauthenticated'),
    call: async (ctx) => ({
      url: `/api/integrations/webhooks/generic/${(await ownerConnection(ctx)).id}`,
      payload: { event: 'course.completed' },
      headers: {
        'x-careeros-delivery': 'd-1',
        'x-careeros-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-careeros-signature': `v1=${'0'.repeat(64)}`,
      },
    }),
  },
  { route: 'GET /api/integrations/connections', expect: signedIn() },
  {
    route: 'POST /api/integrations/connections',
    expect: signedIn(),
    call: () => ({ payload: { platform: 'github', repositories: ['octo-org/hello-world'] } }),
  },
  {
    route: 'GET /api/integrations/connections/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/integrations/connections/${(await ownerConnection(ctx)).id}`,
    }),
  },
  {
    route: 'PATCH /api/integrations/connections/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/integrations/connections/${(await ownerConnection(ctx)).id}`,
      payload: { label: 'My courses' },
    }),
  },
  {
    route: 'DELETE /api/integrations/connections/:id',
    expect: ownerOnly('not-found'),
    // The owner deletes a fresh connection, so the shared one stays for other rows.
    call: async (ctx, caller) => {
      const connection =
        caller === ctx.accounts.owner ? await newConnection(ctx) : await ownerConnection(ctx);
      return { url: `/api/integrations/connections/${connection.id}` };
    },
  },
  {
    route: 'POST /api/integrations/connections/:id/rotate-secret',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({
      url: `/api/integrations/connections/${(await ownerConnection(ctx)).id}/rotate-secret`,
    }),
  },
  { route: 'GET /api/integrations/deliveries', expect: signedIn() },
  {
    route: 'GET /api/integrations/deliveries/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/integrations/deliveries/${await ownerDelivery(ctx)}` }),
  },
  {
    // The owner's delivery was refused (unsigned), which is not one to retry.
    route: 'POST /api/integrations/deliveries/:id/retry',
    expect: { ...ownerOnly('not-found'), owner: 'refused' },
    call: async (ctx) => ({
      url: `/api/integrations/deliveries/${await ownerDelivery(ctx)}/retry`,
    }),
  },
  { route: 'GET /api/integrations/stats', expect: signedIn() },
  // Uploaded resumes: any signed-in user uploads; each import is its uploader's alone.
  {
    route: 'POST /api/resume-imports',
    expect: signedIn(),
    call: async () => resumeUpload(`Experience\nAnalyst, Globex, 2020 - 2022`),
  },
  { route: 'GET /api/resume-imports', expect: signedIn() },
  {
    route: 'GET /api/resume-imports/:id',
    expect: ownerOnly('not-found'),
    call: async (ctx) => ({ url: `/api/resume-imports/${await ownerResumeImport(ctx)}` }),
  },
  {
    route: 'DELETE /api/resume-imports/:id',
    expect: ownerOnly('not-found'),
    // The owner deletes a fresh import of their own, so the shared one stays for other rows.
    call: async (ctx, caller) => {
      const id =
        caller === ctx.accounts.owner
          ? await newResumeImport(ctx, `Projects\nThrowaway ${crypto.randomUUID()}`)
          : await ownerResumeImport(ctx);
      return { url: `/api/resume-imports/${id}` };
    },
  },
];

/** A fresh generic connection of the owner's. */
async function newConnection(ctx: Context): Promise<{ id: string }> {
  const res = await inject(
    'POST',
    '/api/integrations/connections',
    ctx.accounts.owner.accessToken,
    {
      platform: 'generic',
    },
  );
  if (res.statusCode !== 201) throw new Error(`connection not created: ${res.body}`);
  return (res.json() as { connection: { id: string } }).connection;
}

let sharedConnection: Promise<{ id: string }> | undefined;
let sharedDelivery: Promise<string> | undefined;

/** The owner's connection the per-connection rows act on (created once). */
function ownerConnection(ctx: Context): Promise<{ id: string }> {
  sharedConnection ??= newConnection(ctx);
  return sharedConnection;
}

/** A delivery logged for the owner (an unsigned one, refused), by id (created once). */
function ownerDelivery(ctx: Context): Promise<string> {
  sharedDelivery ??= (async () => {
    const { id } = await ownerConnection(ctx);
    await inject('POST', `/api/integrations/webhooks/generic/${id}`, undefined, {});
    const list = await inject(
      'GET',
      '/api/integrations/deliveries',
      ctx.accounts.owner.accessToken,
    );
    return (list.json().items as { id: string }[])[0]?.id ?? 'missing';
  })();
  return sharedDelivery;
}

/** A multipart upload of a PDF resume with the given text. */
async function resumeUpload(text: string): Promise<Call> {
  const body = multipartFile(await resumePdf(text.split('\n')), {
    filename: 'resume.pdf',
    contentType: 'application/pdf',
  });
  return { payload: body.payload, headers: body.headers };
}

async function newResumeImport(ctx: Context, text: string): Promise<string> {
  const call = await resumeUpload(text);
  const res = await inject(
    'POST',
    '/api/resume-imports',
    ctx.accounts.owner.accessToken,
    call.payload,
    call.headers,
  );
  if (res.statusCode >= 300) throw new Error(`resume import failed: ${res.body}`);
  return (res.json() as { id: string }).id;
}

let sharedResumeImport: Promise<string> | undefined;

/** The owner's import the per-import rows act on (created once). */
function ownerResumeImport(ctx: Context): Promise<string> {
  sharedResumeImport ??= newResumeImport(
    ctx,
    'Education\nBSc Physics, University of Bath, 2015 - 2018',
  );
  return sharedResumeImport;
}

/** A fresh goal of the owner's with two milestones, for the rows that address one by id. */
async function ownerGoal(ctx: Context): Promise<{ id: string; milestoneIds: string[] }> {
  const res = await inject('POST', '/api/me/goals', ctx.accounts.owner.accessToken, {
    title: 'Learn SQL',
    category: 'skill',
    milestones: [{ title: 'Basics' }, { title: 'Joins' }],
  });
  if (res.statusCode !== 201) throw new Error(`goal not created: ${res.body}`);
  const goal = res.json() as { id: string; milestones: { id: string }[] };
  return { id: goal.id, milestoneIds: goal.milestones.map((m) => m.id) };
}

async function ownerMilestoneUrl(ctx: Context): Promise<string> {
  const goal = await ownerGoal(ctx);
  return `/api/me/goals/${goal.id}/milestones/${goal.milestoneIds[0] ?? 'none'}`;
}

function sessionIdOf(accessToken: string): string {
  const payload = accessToken.split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sid: string }).sid;
}

/** "GET /api/x" for each method of each /api route; HEAD answers as its GET does. */
function routeKeys(route: RouteOptions): string[] {
  return [route.method]
    .flat()
    .filter((method) => method !== 'HEAD' && route.url.startsWith('/api'))
    .map((method) => `${method} ${route.url}`);
}

let t: TestApp;
let github: FakeOAuthProvider<FakeGitHubProfile>;
let ctx: Context;
const registered = new Set<string>();

async function inject(
  method: string,
  url: string,
  token?: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    // Methods come from the registered routes, so they are ones inject accepts.
    method: method as 'GET',
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: { ...headers, ...(token ? bearer(token) : {}) },
  });
}

/** Gives the account a skill (or keeps it), so a call can act on it. */
async function addSkill(who: Account | undefined, name: string): Promise<void> {
  if (!who) return;
  const res = await inject('POST', '/api/me/skills', who.accessToken, {
    name,
    proficiency: 'beginner',
  });
  if (res.statusCode >= 300) throw new Error(`adding ${name} failed: ${res.body}`);
}

/** A fresh interest result of `who`'s, by id. */
async function interestResultOf(who: Account): Promise<string> {
  const res = await inject('POST', '/api/me/interest-results', who.accessToken, {
    answers: answersFor({ artistic: 4 }),
  });
  if (res.statusCode !== 201) throw new Error(`interest result: ${res.body}`);
  return (res.json() as { id: string }).id;
}

async function account(roles: TRole[]): Promise<Account> {
  const user = await registerUser(t.app);
  await t.platform.database.db.update(users).set({ roles }).where(eq(users.id, user.user.id));
  return { id: user.user.id, username: user.input.username, accessToken: user.accessToken };
}

const roadmapAnswers = {
  experience: 'new',
  timeline: 36,
  hoursPerWeek: 20,
  learningStyle: 'mixed',
};
let roadmapOccupationCode: Promise<string> | undefined;
let sharedRoadmap: Promise<{ id: string; milestoneId: string }> | undefined;
let sharedAchievement: Promise<string> | undefined;

/** A made-up occupation to build roadmaps for (created once). */
function roadmapOccupation(): Promise<string> {
  roadmapOccupationCode ??= seedOccupation(t.platform.database.db, '99-0301.00').then(
    () => '99-0301.00',
  );
  return roadmapOccupationCode;
}

async function newRoadmap(ctx: Context): Promise<{ id: string; milestoneId: string }> {
  const res = await inject('POST', '/api/roadmaps', ctx.accounts.owner.accessToken, {
    occupation: await roadmapOccupation(),
    answers: roadmapAnswers,
  });
  if (res.statusCode !== 201) throw new Error(`roadmap failed: ${res.body}`);
  const body = res.json() as { id: string; milestones: { id: string }[] };
  return { id: body.id, milestoneId: body.milestones[0]?.id ?? '' };
}

async function newAchievement(ctx: Context): Promise<string> {
  const res = await inject('POST', '/api/achievements', ctx.accounts.owner.accessToken, {
    type: 'project',
    title: 'A portfolio site',
  });
  if (res.statusCode !== 201) throw new Error(`achievement failed: ${res.body}`);
  return (res.json() as { item: { id: string } }).item.id;
}

/** The owner's record the per-achievement rows act on (created once). */
function ownerAchievement(ctx: Context): Promise<string> {
  sharedAchievement ??= newAchievement(ctx);
  return sharedAchievement;
}

/** A fresh letter of the owner's for each call, so the delete row leaves the others theirs. */
async function ownerCoverLetter(ctx: Context): Promise<string> {
  const res = await inject('POST', '/api/cover-letters', ctx.accounts.owner.accessToken, {
    name: 'For Acme',
  });
  if (res.statusCode !== 201) throw new Error(`cover letter not created: ${res.body}`);
  return (res.json() as { id: string }).id;
}

async function ownerResume(ctx: Context): Promise<string> {
  const res = await inject('GET', '/api/resumes', ctx.accounts.owner.accessToken);
  const id = (res.json() as { items: { id: string }[] }).items[0]?.id;
  if (!id) throw new Error(`resumes: ${res.body}`);
  return id;
}

async function newTailored(ctx: Context): Promise<string> {
  const res = await inject('POST', '/api/resumes', ctx.accounts.owner.accessToken, {
    name: 'Tailored',
  });
  const id = (res.json() as { id?: string }).id;
  if (!id) throw new Error(`tailored resume: ${res.body}`);
  return id;
}

let sharedTailored: Promise<string> | undefined;
let sharedVersioned: Promise<string> | undefined;
let sharedResumeToken: Promise<string> | undefined;

/** The owner's tailored resume the per-resume rows act on (created once). */
function ownerTailored(ctx: Context): Promise<string> {
  sharedTailored ??= newTailored(ctx);
  return sharedTailored;
}

/** A tailored resume with a version 1 (created once). */
function ownerVersioned(ctx: Context): Promise<string> {
  sharedVersioned ??= (async () => {
    const id = await newTailored(ctx);
    await inject('POST', `/api/resumes/${id}/versions`, ctx.accounts.owner.accessToken, {
      name: 'v1',
    });
    return id;
  })();
  return sharedVersioned;
}

/** The secret of a public link on a resume of its own, so no other row turns it off. */
function ownerResumeToken(ctx: Context): Promise<string> {
  sharedResumeToken ??= (async () => {
    const id = await newTailored(ctx);
    const res = await inject(
      'PUT',
      `/api/resumes/${id}/public-link`,
      ctx.accounts.owner.accessToken,
      {
        enabled: true,
      },
    );
    const url = (res.json() as { url?: string }).url;
    if (!url) throw new Error(`public link: ${res.body}`);
    return url.split('/').pop() ?? '';
  })();
  return sharedResumeToken;
}

/** The owner's roadmap the per-roadmap rows act on (created once). */
function ownerRoadmap(ctx: Context): Promise<{ id: string; milestoneId: string }> {
  sharedRoadmap ??= newRoadmap(ctx);
  return sharedRoadmap;
}

/** A live share link of the owner's roadmap (turned on again in case a row turned it off). */
async function ownerShareToken(ctx: Context): Promise<string> {
  const { id } = await ownerRoadmap(ctx);
  const res = await inject('POST', `/api/roadmaps/${id}/share`, ctx.accounts.owner.accessToken);
  return (res.json() as { sharePath: string }).sharePath.split('/').at(-1) ?? '';
}

/** Links a GitHub account to `owner` through the real flow against the fake provider. */
async function linkGitHub(owner: Account): Promise<void> {
  const link = await inject('POST', '/api/auth/oauth/github/link', owner.accessToken);
  const setCookie = [link.headers['set-cookie'] ?? []].flat();
  const cookie = setCookie.find((c) => c.startsWith('careeros_oauth='))?.split(';')[0] ?? '';
  const back = await followAuthorization(new URL(link.json().url as string));
  const done = await t.app.inject({
    url: `${back.location.pathname}${back.location.search}`,
    headers: { cookie },
  });
  expect(done.headers.location).toBe('/account/security?linked=github');
}

beforeAll(async () => {
  const initialization = channel('fastify.initialization');
  const collect = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (route) => {
      for (const key of routeKeys(route)) registered.add(key);
    });
  };
  github = await startFakeOAuthProvider('github', {
    clientId: 'gh-client',
    clientSecret: 'gh-secret',
    profile: {
      user: { id: 4242, login: 'octo', name: 'Octo', email: null, avatar_url: '' },
      emails: [{ email: 'octo@example.org', primary: true, verified: true, visibility: 'private' }],
    } as FakeGitHubProfile,
  });
  initialization.subscribe(collect);
  try {
    t = await buildTestApp({
      GITHUB_CLIENT_ID: 'gh-client',
      GITHUB_CLIENT_SECRET: 'gh-secret',
      OAUTH_ENDPOINTS: JSON.stringify({ github: github.endpoints }),
    });
  } finally {
    initialization.unsubscribe(collect);
  }
  const [owner, other, mentor, moderator, admin, target] = await Promise.all([
    account(['student']),
    account(['student']),
    account(['student', 'mentor']),
    account(['student', 'moderator']),
    account(['student', 'admin']),
    account(['student']),
  ]);
  if (!owner || !other || !mentor || !moderator || !admin || !target) throw new Error('setup');
  const skills = await inject('GET', '/api/skills?limit=1');
  ctx = {
    accounts: { owner, other, mentor, moderator, admin },
    target,
    skillSlug: (skills.json().items as { slug: string }[])[0]?.slug ?? 'missing',
    async login(who) {
      const res = await inject('POST', '/api/auth/login', undefined, {
        login: who.username,
        password: STRONG_PASSWORD,
        transport: 'api',
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
      return res.json() as { accessToken: string; refreshToken: string };
    },
    newAccount: (roles = ['student']) => account(roles),
  };
  await linkGitHub(owner);
});

afterAll(async () => {
  await t?.close();
  await github?.close();
});

describe('one user cannot reach another user’s account data', () => {
  it('sessions: not listed to others, and not revocable by them', async () => {
    const { owner, other, admin } = ctx.accounts;
    const spare = sessionIdOf((await ctx.login(owner)).accessToken);
    const ownList = await inject('GET', '/api/auth/sessions', owner.accessToken);
    expect(ownList.json().items.map((s: { id: string }) => s.id)).toContain(spare);
    for (const intruder of [other, admin]) {
      const list = await inject('GET', '/api/auth/sessions', intruder.accessToken);
      expect(list.json().items.map((s: { id: string }) => s.id)).not.toContain(spare);
      const revoke = await inject('DELETE', `/api/auth/sessions/${spare}`, intruder.accessToken);
      expect(revoke.statusCode).toBe(404);
      await inject('POST', '/api/auth/sessions/revoke-others', intruder.accessToken);
    }
    const after = await inject('GET', '/api/auth/sessions', owner.accessToken);
    expect(after.json().items.map((s: { id: string }) => s.id)).toContain(spare);
    expect((await inject('GET', '/api/auth/me', owner.accessToken)).statusCode).toBe(200);
  });

  it('two-factor settings: another user’s status and codes do not apply', async () => {
    const alice = await account(['student']);
    const bob = await account(['student']);
    const setup = await inject('POST', '/api/auth/2fa/setup', alice.accessToken);
    const totp = new TOTP({ secret: Secret.fromBase32(setup.json().secret as string) });
    const enabled = await inject('POST', '/api/auth/2fa/enable', alice.accessToken, {
      code: totp.generate(),
    });
    expect(enabled.statusCode).toBe(200);

    expect((await inject('GET', '/api/auth/2fa', bob.accessToken)).json().enabled).toBe(false);
    // Alice's code and the shared password do not turn anything off from Bob's session.
    const disable = await inject('POST', '/api/auth/2fa/disable', bob.accessToken, {
      password: STRONG_PASSWORD,
      code: totp.generate(),
    });
    expect(outcomeOf(disable.statusCode)).toBe('refused');
    expect((await inject('GET', '/api/auth/2fa', alice.accessToken)).json().enabled).toBe(true);
  });

  it('linked identities: not listed to others, and not unlinkable by them', async () => {
    const { owner, other } = ctx.accounts;
    const list = await inject('GET', '/api/auth/oauth/identities', other.accessToken);
    expect(list.json().items).toEqual([]);
    const unlink = await inject('DELETE', '/api/auth/oauth/identities/github', other.accessToken);
    expect(unlink.statusCode).toBe(404);
    const own = await inject('GET', '/api/auth/oauth/identities', owner.accessToken);
    expect(own.json().items.map((i: { provider: string }) => i.provider)).toEqual(['github']);
  });
});

describe('access-control matrix', () => {
  it('declares every /api route, and only routes that exist', () => {
    const declared = new Set(matrix.map((row) => row.route));
    expect(registered.size).toBeGreaterThan(30);
    expect(
      [...registered].filter((route) => !declared.has(route)),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      [...declared].filter((route) => !registered.has(route)),
      'rows for routes that do not exist',
    ).toEqual([]);
    expect(declared.size, 'each route declared once').toBe(matrix.length);
  });

  it.each(matrix.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const [method = 'GET', path = '/'] = row.route.split(' ');
    const actual: Record<string, string> = {};
    for (const actor of actors) {
      const caller = actor === 'anonymous' ? undefined : ctx.accounts[actor];
      const call = (await row.call?.(ctx, caller)) ?? {};
      const as = call.as ?? caller;
      const token = as && row.ownSession ? (await ctx.login(as)).accessToken : as?.accessToken;
      const res = await inject(method, call.url ?? path, token, call.payload, call.headers);
      actual[actor] = outcomeOf(res.statusCode);
    }
    expect(actual).toEqual(row.expect);
  });
});
