/**
 * Saves full-page PNGs of every page in light and dark themes, on desktop and phone.
 *
 *   npx tsx e2e/screenshots.ts <baseUrl> <outDir> [name filter, a regular expression]
 *
 * With OUTBOX_DIR set to the server's mail outbox (DATA_DIR/outbox), it also opens the emailed
 * links (email confirmed, new password). Sign-in provider buttons show when the server has some.
 * With SCREENSHOT_ADMIN="<username>:<password>" of an administrator (see `npm run user:grant`),
 * the admin pages are taken too. It signs up more accounts than the default sign-up budget allows
 * in five minutes: start the server with RATE_LIMIT_SCALE=10.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { DESKTOP, PHONE, launchBrowser } from './browser.js';
import { outboxFiles, waitForEmailLink } from './outbox.js';

const [baseArg, outArg, filterArg] = process.argv.slice(2);
if (!baseArg || !outArg) {
  console.error('usage: npx tsx e2e/screenshots.ts <baseUrl> <outDir> [name filter]');
  process.exit(2);
}
const only = filterArg ? new RegExp(filterArg) : undefined;
const outboxDir = process.env.OUTBOX_DIR;
const baseUrl = baseArg.replace(/\/+$/, '');
const SMALL_PHONE = { width: 360, height: 740 };
const outDir = path.resolve(outArg);

async function firstSkillSlug(): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}/api/skills?q=javascript&limit=1`);
    const body = (await response.json()) as { items?: { slug: string }[] };
    return body.items?.[0]?.slug ?? 'javascript';
  } catch {
    return 'javascript';
  }
}

interface Shot {
  name: string;
  /** A path, or a function finding one (e.g. an emailed link). */
  path: string | (() => Promise<string>);
  /** Runs after the page has loaded, before the screenshot. */
  prepare?: (page: Page) => Promise<void>;
  phoneOnly?: boolean;
  desktopOnly?: boolean;
  fullPage?: boolean;
  /** Taken after logging in as the screenshot user. */
  signedIn?: boolean;
  /** Taken after logging in as the administrator from SCREENSHOT_ADMIN. */
  admin?: boolean;
  /** Needs OUTBOX_DIR. */
  needsOutbox?: boolean;
  /** Signs up a new user in this browser first (for shots that change the account). */
  freshUser?: boolean;
}

const suffix = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const user = {
  username: `maria_${suffix}`,
  email: `maria.${suffix}@example.test`,
  password: `Saffron-${randomBytes(6).toString('hex')}-harbour`,
};
const twoFactorUser = {
  username: `sam_${suffix}`,
  email: `sam.${suffix}@example.test`,
  password: `Copper-${randomBytes(6).toString('hex')}-meadow`,
};
const IPHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** The screenshot user, also signed in on a phone so the sessions list has two devices. */
/** Two goals, one aimed at an occupation of the starter catalog, with a milestone done. */
async function addGoals(token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const create = async (body: object) => {
    const response = await fetch(`${baseUrl}/api/me/goals`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`goal: HTTP ${response.status}`);
    return (await response.json()) as { id: string; milestones: { id: string }[] };
  };
  const goal = await create({
    title: 'Become a data scientist',
    description: 'Move from marketing analytics into data science.',
    category: 'career',
    targetOccupationCode: '15-2051.00',
    targetDate: day(200),
    milestones: [
      { title: 'Finish a statistics course', targetDate: day(20) },
      { title: 'Publish two notebooks', targetDate: day(90) },
      { title: 'Practise interviews' },
    ],
  });
  await fetch(`${baseUrl}/api/me/goals/${goal.id}/milestones/${goal.milestones[0]?.id}/complete`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  await create({
    title: 'Learn SQL window functions',
    category: 'skill',
    milestones: [{ title: 'Read the documentation', targetDate: day(5) }],
  });
}

/** Two skills: the first earns a badge, so the bell and the badges page have something. */
async function addSkills(token: string): Promise<void> {
  for (const skill of [
    { name: 'JavaScript', proficiency: 'advanced' },
    { name: 'SQL', proficiency: 'intermediate' },
  ]) {
    const response = await fetch(`${baseUrl}/api/me/skills`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(skill),
    });
    if (response.status !== 201) throw new Error(`skill: HTTP ${response.status}`);
  }
}

/** A few records of different kinds, one ongoing and one verification pending. */
async function addAchievements(token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  for (const body of [
    {
      type: 'job',
      title: 'Marketing analyst',
      organization: 'Northwind',
      location: 'Lisbon',
      startDate: '2024-06-03',
      ongoing: true,
      skills: ['SQL', 'Python', 'Communication'],
      highlights: ['Built the weekly campaign dashboard'],
    },
    {
      type: 'certification',
      title: 'Google Data Analytics',
      organization: 'Coursera',
      startDate: '2024-02-01',
      endDate: '2024-05-31',
      skills: ['SQL'],
      verificationState: 'pending',
    },
    {
      type: 'project',
      title: 'Churn prediction notebook',
      startDate: '2023-09-01',
      endDate: '2023-12-15',
      skills: ['Python'],
      links: [{ label: 'Code', url: 'https://github.com/example/churn' }],
    },
  ]) {
    const response = await fetch(`${baseUrl}/api/achievements`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`achievement: HTTP ${response.status}`);
  }
}

async function createUser(): Promise<void> {
  const register = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...user, transport: 'api' }),
  });
  if (register.status !== 201) throw new Error(`register: HTTP ${register.status}`);
  const { accessToken } = (await register.json()) as { accessToken: string };
  // Only the phone session should show besides the browser's own: end the registration's.
  await fetch(`${baseUrl}/api/auth/logout`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const phoneLogin = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': IPHONE_USER_AGENT },
    body: JSON.stringify({ login: user.username, password: user.password, transport: 'api' }),
  });
  if (phoneLogin.status !== 200) throw new Error(`login: HTTP ${phoneLogin.status}`);
  const phoneToken = ((await phoneLogin.json()) as { accessToken: string }).accessToken;
  await fillProfile(phoneToken);
  await addGoals(phoneToken);
  await addSkills(phoneToken);
  await addAchievements(phoneToken);

  // A second account with two-step verification on, for the code step of logging in.
  const second = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...twoFactorUser, transport: 'api' }),
  });
  const { accessToken: token } = (await second.json()) as { accessToken: string };
  const authed = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const setup = await fetch(`${baseUrl}/api/auth/2fa/setup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
  const { secret } = (await setup.json()) as { secret: string };
  const code = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1' }).generate();
  const enabled = await fetch(`${baseUrl}/api/auth/2fa/enable`, {
    method: 'POST',
    headers: authed,
    body: JSON.stringify({ code }),
  });
  if (enabled.status !== 200) throw new Error(`2fa enable: HTTP ${enabled.status}`);
}

/** A drawn portrait, standing in for a photo. */
function portrait(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
    <rect width="600" height="600" fill="#f4b860"/>
    <circle cx="300" cy="250" r="120" fill="#8a5a44"/>
    <rect x="130" y="400" width="340" height="260" rx="160" fill="#3b5ba9"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The screenshot user's profile: every field, a photo, the location for signed-in users only. */
async function fillProfile(accessToken: string): Promise<void> {
  const me = await fetch(`${baseUrl}/api/auth/me`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const { id } = (await me.json()) as { id: string };
  const saved = await fetch(`${baseUrl}/api/users/${id}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      fullName: 'Maria Okafor',
      headline: 'Computer science student moving into data engineering',
      bio: 'Final-year student who likes turning messy data into something people can use.\n\nLooking for an internship where I can build pipelines and learn from experienced engineers.',
      locationName: 'Lisbon, Portugal',
      latitude: 38.7223,
      longitude: -9.1393,
      institution: 'University of Lisbon',
      currentStatus: 'student',
      mainFocus: 'Becoming a data engineer',
      linkedinUrl: 'https://www.linkedin.com/in/maria-okafor',
      githubUrl: 'https://github.com/maria-okafor',
      websiteUrl: 'https://maria.example.org',
    }),
  });
  if (saved.status !== 200) throw new Error(`profile: HTTP ${saved.status}`);
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(await portrait())], { type: 'image/png' }),
    'me.png',
  );
  const avatar = await fetch(`${baseUrl}/api/users/${id}/avatar`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
    body: form,
  });
  if (avatar.status !== 200) throw new Error(`avatar: HTTP ${avatar.status}`);
}

const [adminLogin, ...adminPasswordParts] = (process.env.SCREENSHOT_ADMIN ?? '').split(':');
const adminAccount = adminLogin
  ? { login: adminLogin, password: adminPasswordParts.join(':') }
  : undefined;

/** A few more accounts with roles and a suspension, so the admin pages have something to show. */
async function createAdminData(): Promise<void> {
  if (!adminAccount) return;
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...adminAccount, transport: 'api' }),
  });
  if (login.status !== 200) throw new Error(`admin login: HTTP ${login.status}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const authed = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const people: [string, string[], boolean][] = [
    ['amara', ['student', 'mentor'], false],
    ['jonas', ['student', 'moderator'], false],
    ['li_wei', ['student'], true],
  ];
  for (const [name, roles, suspended] of people) {
    const register = await fetch(`${baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `${name}_${suffix}`,
        email: `${name}.${suffix}@example.test`,
        password: `Harbour-${randomBytes(6).toString('hex')}-lantern`,
        transport: 'api',
      }),
    });
    const { user: created } = (await register.json()) as { user: { id: string } };
    await fetch(`${baseUrl}/api/admin/users/${created.id}/roles`, {
      method: 'PUT',
      headers: authed,
      body: JSON.stringify({ roles }),
    });
    if (suspended) {
      await fetch(`${baseUrl}/api/admin/users/${created.id}/suspend`, {
        method: 'POST',
        headers: authed,
        body: JSON.stringify({ reason: 'Repeated spam in the community forum' }),
      });
    }
  }
}

/** A user no other shot uses, created through the API (not signed in in the browser). */
async function throwawayUser(tag: string) {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const fresh = {
    username: `${tag}_${id}`,
    email: `${tag}.${id}@example.test`,
    password: `Juniper-${randomBytes(6).toString('hex')}-lagoon`,
  };
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...fresh, transport: 'api' }),
  });
  if (response.status !== 201) throw new Error(`register: HTTP ${response.status}`);
  return fresh;
}

/** The link of the newest matching email to a new user; OUTBOX_DIR must be set. */
async function emailedLink(kind: 'verify' | 'reset'): Promise<string> {
  if (!outboxDir) throw new Error('OUTBOX_DIR is not set');
  const fresh = await throwawayUser(kind);
  if (kind === 'verify') return waitForEmailLink(outboxDir, fresh.email, /Confirm your email/);
  const seen = await outboxFiles(outboxDir);
  await fetch(`${baseUrl}/api/auth/password/forgot`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: fresh.email }),
  });
  return waitForEmailLink(outboxDir, fresh.email, /Reset your/, { after: seen });
}

/** Sets up two-step verification on the security page, as a person with an app would. */
async function turnOnTwoFactor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Set up two-step verification' }).click();
  const key = (await page.getByLabel('Setup key').textContent()) ?? '';
  const code = new TOTP({
    secret: Secret.fromBase32(key.replace(/\s+/g, '')),
    algorithm: 'SHA1',
  }).generate();
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
  await page.getByRole('list', { name: 'Backup codes' }).waitFor();
}

async function fillRegisterForm(page: Page, password: string): Promise<void> {
  await page.getByLabel('Username').fill(`new_${suffix}`);
  await page.getByLabel('Email').fill(`new.${suffix}@example.test`);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

const shots: Shot[] = [
  { name: 'home', path: '/' },
  { name: 'skills', path: '/skills' },
  { name: 'skills-search', path: '/skills?q=script' },
  { name: 'skills-category', path: '/skills?category=cloud' },
  { name: 'skills-empty', path: '/skills?q=zzqx-nothing' },
  { name: 'skill-detail', path: `/skills/${await firstSkillSlug()}` },
  { name: 'skill-missing', path: '/skills/no-such-skill' },
  { name: 'status', path: '/status' },
  { name: 'not-found', path: '/no/such/page' },
  {
    name: 'menu-open',
    path: '/',
    phoneOnly: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'login', path: '/login' },
  {
    name: 'login-error',
    path: '/login?next=/account',
    prepare: async (page) => {
      await page.getByLabel('Username or email').fill(user.username);
      await page.getByLabel('Password', { exact: true }).fill('not the password');
      await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
      await page.getByRole('main').getByRole('alert').waitFor();
    },
  },
  {
    name: 'login-two-factor',
    path: '/login',
    prepare: async (page) => {
      await page.getByLabel('Username or email').fill(twoFactorUser.username);
      await page.getByLabel('Password', { exact: true }).fill(twoFactorUser.password);
      await page.getByRole('main').getByRole('button', { name: 'Log in', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Two-step verification' }).waitFor();
    },
  },
  { name: 'register', path: '/register' },
  {
    name: 'register-errors',
    path: '/register',
    prepare: async (page) => {
      await fillRegisterForm(page, 'password1234');
      await page.locator('#password-error').waitFor();
    },
  },
  {
    name: 'register-client-errors',
    path: '/register',
    phoneOnly: true,
    prepare: async (page) => {
      await page.getByLabel('Username').fill('x');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.locator('#username-error').waitFor();
    },
  },
  {
    name: 'menu-open-signed-out',
    path: '/skills',
    phoneOnly: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'forgot-password', path: '/forgot-password' },
  {
    name: 'forgot-password-sent',
    path: '/forgot-password',
    prepare: async (page) => {
      await page.getByLabel('Email').fill(`nobody.${suffix}@example.test`);
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    },
  },
  { name: 'reset-password-incomplete', path: '/reset-password' },
  {
    name: 'reset-password-expired',
    path: `/reset-password#token=${'x'.repeat(43)}`,
    prepare: async (page) => {
      await page.getByLabel('New password', { exact: true }).fill(`Willow-${suffix}-quarry-fern`);
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    },
  },
  {
    name: 'reset-password-weak',
    path: () => emailedLink('reset'),
    needsOutbox: true,
    prepare: async (page) => {
      await page.getByLabel('New password', { exact: true }).fill('password1234');
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.locator('#new-password-error').waitFor();
    },
  },
  {
    name: 'reset-password-done',
    path: () => emailedLink('reset'),
    needsOutbox: true,
    prepare: async (page) => {
      await page.getByLabel('New password', { exact: true }).fill(`Willow-${suffix}-quarry-fern`);
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
    },
  },
  { name: 'verify-email-incomplete', path: '/verify-email' },
  {
    name: 'verify-email-expired',
    path: `/verify-email#token=${'x'.repeat(43)}`,
    prepare: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    },
  },
  {
    name: 'verify-email-done',
    path: () => emailedLink('verify'),
    needsOutbox: true,
    prepare: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Email address confirmed' }).waitFor();
    },
  },
  {
    name: 'login-oauth-error',
    path: '/login?oauthError=email_in_use_login_to_link',
    prepare: async (page) => {
      await page.getByRole('main').getByRole('alert').waitFor();
    },
  },
  { name: 'account', path: '/account', signedIn: true },
  {
    name: 'account-menu',
    path: '/account',
    signedIn: true,
    desktopOnly: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Account menu for/ }).click();
      await page.getByRole('menu').waitFor();
    },
  },
  {
    name: 'account-delete',
    path: '/account',
    signedIn: true,
    fullPage: false,
    prepare: async (page) => {
      await page
        .getByRole('region', { name: 'Your data' })
        .getByRole('button', {
          name: 'Delete account',
        })
        .click();
      await page.getByRole('dialog').getByLabel('Password', { exact: true }).waitFor();
    },
  },
  {
    name: 'menu-open-signed-in',
    path: '/account',
    signedIn: true,
    phoneOnly: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Open menu' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'profile-public', path: `/u/${user.username}` },
  { name: 'profile-empty', path: `/u/${twoFactorUser.username}` },
  { name: 'profile-missing', path: '/u/no-such-person' },
  { name: 'profile-own', path: `/u/${user.username}`, signedIn: true },
  { name: 'profile-edit', path: '/account/profile', signedIn: true },
  {
    name: 'profile-edit-errors',
    path: '/account/profile',
    signedIn: true,
    prepare: async (page) => {
      await page.getByLabel('GitHub').fill('https://gitlab.com/maria');
      await page.getByLabel('Latitude').fill('123');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await page.locator('#profile-githubUrl-error').waitFor();
    },
  },
  { name: 'goals', path: '/goals', signedIn: true },
  { name: 'achievements', path: '/achievements', signedIn: true },
  { name: 'plan', path: '/plan', signedIn: true },
  { name: 'badges', path: '/badges', signedIn: true },
  {
    name: 'notifications-open',
    path: '/badges',
    signedIn: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.getByRole('menu').waitFor();
    },
  },
  { name: 'admin-not-allowed', path: '/admin/users', signedIn: true },
  { name: 'admin-users', path: '/admin/users', admin: true },
  {
    name: 'admin-users-roles',
    path: `/admin/users?q=amara_${suffix}`,
    admin: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Roles of amara_/ }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'admin-users-suspend',
    path: `/admin/users?q=jonas_${suffix}`,
    admin: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /^Suspend jonas_/ }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  { name: 'admin-users-suspended', path: '/admin/users?status=suspended', admin: true },
  { name: 'admin-audit', path: '/admin/audit', admin: true },
  {
    name: 'admin-menu',
    path: '/admin/audit',
    admin: true,
    fullPage: false,
    prepare: async (page) => {
      const menu = page.getByRole('button', { name: /^(Account menu for|Open menu)/ }).first();
      await menu.click();
      await page
        .getByRole('link', { name: 'Admin' })
        .or(page.getByRole('menuitem', { name: 'Admin' }))
        .first()
        .waitFor();
    },
  },
  { name: 'admin-audit-filtered', path: '/admin/audit?action=admin.user.suspend', admin: true },
  { name: 'security', path: '/account/security', signedIn: true },
  {
    name: 'security-linked',
    path: '/account/security?linked=github',
    signedIn: true,
    fullPage: false,
    prepare: async (page) => {
      await page.getByText('GitHub is linked.').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'security-setup',
    path: '/account/security',
    signedIn: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Set up two-step verification' }).click();
      await page.getByRole('img', { name: /QR code/ }).waitFor();
    },
  },
  {
    name: 'security-password-errors',
    path: '/account/security',
    signedIn: true,
    prepare: async (page) => {
      const form = page.getByRole('form', { name: 'Change password' });
      await form.getByLabel('Current password', { exact: true }).fill(user.password);
      await form.getByLabel('New password', { exact: true }).fill('password1234');
      await form.getByRole('button', { name: 'Change password' }).click();
      await page.locator('#new-password-error').waitFor();
      await page.locator('#new-password-error').scrollIntoViewIfNeeded();
    },
  },
  // Each of these signs up its own user, so they run last.
  {
    name: 'security-backup-codes',
    path: '/account/security',
    signedIn: true,
    freshUser: true,
    prepare: turnOnTwoFactor,
  },
  {
    name: 'security-two-factor-on',
    path: '/account/security',
    signedIn: true,
    fullPage: false,
  },
  {
    name: 'security-turn-off',
    path: '/account/security',
    signedIn: true,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Turn off' }).click();
      const form = page.getByRole('form', { name: 'Turn off two-step verification' });
      await form.getByLabel('Your password', { exact: true }).fill('not the password');
      await form.getByLabel('Authentication code').fill('123456');
      await form.getByRole('button', { name: 'Turn off' }).click();
      await page.locator('#disable-password-error').waitFor();
    },
  },
  {
    name: 'theme-menu',
    path: '/',
    fullPage: false,
    prepare: async (page) => {
      await page.getByRole('button', { name: /Colour theme/ }).click();
      await page.getByRole('menu').waitFor();
    },
  },
];

const devices = [
  { name: 'desktop', viewport: DESKTOP, isMobile: false },
  { name: 'phone', viewport: PHONE, isMobile: true },
  { name: 'small', viewport: SMALL_PHONE, isMobile: true },
] as const;

await mkdir(outDir, { recursive: true });
await createUser();
await createAdminData();
const browser = await launchBrowser();
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const device of devices) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: device.viewport,
        isMobile: device.isMobile,
        hasTouch: device.isMobile,
        deviceScaleFactor: 1,
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      await context.addInitScript((value) => {
        try {
          localStorage.setItem('careeros-theme', value);
        } catch {
          // Opaque origins (error pages) have no storage.
        }
      }, theme);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
      // Signed-out pages first; then log in (the cookie lands in this context) for the rest.
      const who = (shot: Shot) => (shot.admin ? 2 : shot.signedIn ? 1 : 0);
      const ordered = [...shots].sort((a, b) => who(a) - who(b));
      let signedInAs = 0;
      for (const shot of ordered) {
        if (shot.phoneOnly && !device.isMobile) continue;
        if (shot.desktopOnly && device.isMobile) continue;
        if (shot.admin && !adminAccount) continue;
        // The narrowest phone only checks the auth, profile and admin pages.
        const narrowPage =
          /^(login|register|account|menu-open|forgot|reset|verify|security|profile|admin)/;
        if (device.name === 'small' && !narrowPage.test(shot.name)) continue;
        if (only && !only.test(shot.name) && !shot.freshUser) continue;
        if (shot.needsOutbox && !outboxDir) continue;
        if (shot.freshUser) {
          const fresh = await throwawayUser('shot');
          const response = await page.request.post('/api/auth/login', {
            data: { login: fresh.username, password: fresh.password },
          });
          if (response.status() !== 200) throw new Error(`login: HTTP ${response.status()}`);
        }
        if (who(shot) > signedInAs) {
          const credentials =
            shot.admin && adminAccount
              ? adminAccount
              : { login: user.username, password: user.password };
          const response = await page.request.post('/api/auth/login', { data: credentials });
          if (response.status() !== 200) throw new Error(`login: HTTP ${response.status()}`);
          signedInAs = who(shot);
        }
        const target = typeof shot.path === 'string' ? shot.path : await shot.path();
        await page.goto(target, { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await shot.prepare?.(page);
        await page.waitForTimeout(250);
        if (only && !only.test(shot.name)) continue;
        // Scrolled, a full-page shot would paint the sticky header halfway down.
        if (shot.fullPage ?? true) await page.evaluate(() => window.scrollTo(0, 0));
        const file = path.join(outDir, `${shot.name}-${device.name}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage ?? true });
        console.log(`saved ${path.relative(process.cwd(), file)}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
