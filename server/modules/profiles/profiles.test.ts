import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZErrorResponse } from '../../../contracts/errors.js';
import {
  defaultProfilePrivacy,
  profileSections,
  profileVisibilities,
  ZGetProfileResponse,
  type TProfilePrivacy,
} from '../../../contracts/profiles.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { users } from '../users/users.tables.js';
import { exportProfile, profileFiles } from './profiles.user-data.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const fullProfile = {
  fullName: 'Ada Lovelace',
  headline: 'Analyst of engines',
  bio: 'I write notes on the Analytical Engine.',
  locationName: 'London',
  latitude: 51.5072,
  longitude: -0.1276,
  institution: 'University of London',
  currentStatus: 'job_seeking',
  mainFocus: 'Becoming a data engineer',
  linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
  githubUrl: 'https://github.com/ada',
  websiteUrl: 'https://ada.example.org/about',
} as const;

function put(userId: string, token: string | undefined, payload: unknown) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/users/${userId}`,
    payload: payload as object,
    ...(token ? { headers: bearer(token) } : {}),
  });
}

function get(idOrUsername: string, token?: string) {
  return t.app.inject({
    url: `/api/users/${encodeURIComponent(idOrUsername)}`,
    ...(token ? { headers: bearer(token) } : {}),
  });
}

function errorOf(body: string) {
  return ZErrorResponse.parse(JSON.parse(body)).error;
}

describe('reading and changing one’s profile', () => {
  it('starts empty with the default privacy, and reads back what the owner saved', async () => {
    const owner = await registerUser(t.app);
    const empty = ZGetProfileResponse.parse((await get(owner.user.id, owner.accessToken)).json());
    expect(empty).toMatchObject({
      id: owner.user.id,
      username: owner.user.username,
      basics: { fullName: null, headline: null, avatar: null },
      about: { bio: null },
      privacy: defaultProfilePrivacy,
      updatedAt: null,
      abilities: { update: true },
    });

    const saved = await put(owner.user.id, owner.accessToken, fullProfile);
    expect(saved.statusCode, saved.body).toBe(200);
    const read = ZGetProfileResponse.parse((await get(owner.user.id, owner.accessToken)).json());
    expect(read).toEqual(saved.json());
    expect(read).toMatchObject({
      basics: { fullName: 'Ada Lovelace', headline: 'Analyst of engines', avatar: null },
      about: { bio: fullProfile.bio },
      location: { name: 'London', latitude: 51.5072, longitude: -0.1276 },
      background: {
        institution: 'University of London',
        currentStatus: 'job_seeking',
        mainFocus: 'Becoming a data engineer',
      },
      links: {
        linkedinUrl: fullProfile.linkedinUrl,
        githubUrl: fullProfile.githubUrl,
        websiteUrl: fullProfile.websiteUrl,
      },
    });
    expect(read.updatedAt).not.toBeNull();
  });

  it('keeps left-out fields, clears with null or an empty string, and trims text', async () => {
    const owner = await registerUser(t.app);
    await put(owner.user.id, owner.accessToken, fullProfile);
    const res = await put(owner.user.id, owner.accessToken, {
      headline: '  Engine whisperer  ',
      bio: '',
      websiteUrl: null,
      latitude: null,
      longitude: null,
      privacy: { about: 'only_me' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = ZGetProfileResponse.parse(res.json());
    expect(body.basics).toMatchObject({ fullName: 'Ada Lovelace', headline: 'Engine whisperer' });
    expect(body.about?.bio).toBeNull();
    expect(body.links?.websiteUrl).toBeNull();
    expect(body.links?.githubUrl).toBe(fullProfile.githubUrl);
    expect(body.location).toEqual({ name: 'London', latitude: null, longitude: null });
    expect(body.privacy).toEqual({ ...defaultProfilePrivacy, about: 'only_me' });
  });

  it('is found by username, whatever its case', async () => {
    const owner = await registerUser(t.app);
    await put(owner.user.id, owner.accessToken, { fullName: 'Grace Hopper' });
    const res = await get(owner.user.username.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: owner.user.id, basics: { fullName: 'Grace Hopper' } });
  });

  it('answers 404 for unknown users and suspended accounts, 400 for a malformed name', async () => {
    const viewer = await registerUser(t.app);
    expect((await get(randomUUID())).statusCode).toBe(404);
    expect((await get('nobody_by_this_name')).statusCode).toBe(404);
    const bad = await get('not a name!');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad.body).details?.[0]?.path).toBe('params.id');

    const suspended = await registerUser(t.app);
    await t.platform.database.db
      .update(users)
      .set({ status: 'suspended' })
      .where(eq(users.id, suspended.user.id));
    expect((await get(suspended.user.id)).statusCode).toBe(404);
    expect((await get(suspended.user.username, viewer.accessToken)).statusCode).toBe(404);
  });
});

describe('who may change a profile', () => {
  it('only its owner: others get 403, signed-out callers 401, and nothing changes', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    await put(owner.user.id, owner.accessToken, { fullName: 'Original Name' });

    const byOther = await put(owner.user.id, other.accessToken, { fullName: 'Hijacked' });
    expect(byOther.statusCode).toBe(403);
    expect(errorOf(byOther.body).code).toBe('FORBIDDEN');
    const anonymous = await put(owner.user.id, undefined, { fullName: 'Hijacked' });
    expect(anonymous.statusCode).toBe(401);
    // Signed out, even an invalid body is answered with 401 first.
    expect((await put(owner.user.id, undefined, { role: 'admin' })).statusCode).toBe(401);
    expect((await put(owner.user.id, 'not-a-valid-token-at-all', {})).statusCode).toBe(401);
    const removeOther = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${owner.user.id}/avatar`,
      headers: bearer(other.accessToken),
    });
    expect(removeOther.statusCode).toBe(403);

    const read = await get(owner.user.id);
    expect(read.json().basics.fullName).toBe('Original Name');
    expect((await get(owner.user.id, other.accessToken)).json().abilities).toEqual({
      update: false,
    });
    expect((await get(owner.user.id)).json().abilities).toEqual({ update: false });
  });

  it('refuses each field a user may not set, naming it, and changes nothing', async () => {
    const owner = await registerUser(t.app);
    await put(owner.user.id, owner.accessToken, { fullName: 'Before' });
    const forbidden: Record<string, unknown> = {
      roles: ['admin'],
      role: 'admin',
      emailVerifiedAt: '2024-01-01T00:00:00Z',
      emailVerified: true,
      credits: 1000,
      status: 'active',
      username: 'someone_else',
      email: 'other@example.org',
      id: randomUUID(),
      userId: randomUUID(),
      passwordHash: 'x',
      avatarKey: 'avatars/other/file.webp',
      updatedAt: '2024-01-01T00:00:00Z',
      __proto__: { polluted: true },
    };
    for (const [field, value] of Object.entries(forbidden)) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/users/${owner.user.id}`,
        headers: { ...bearer(owner.accessToken), 'content-type': 'application/json' },
        payload: `{"fullName":"After",${JSON.stringify(field)}:${JSON.stringify(value)}}`,
      });
      expect(res.statusCode, field).toBe(400);
      const error = errorOf(res.body);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.details, field).toContainEqual({
        path: `body.${field}`,
        message: 'is not a field that can be set here',
      });
    }
    const privacyKey = await put(owner.user.id, owner.accessToken, {
      privacy: { skills: 'public' },
    });
    expect(errorOf(privacyKey.body).details?.map((d) => d.path)).toEqual(['body.privacy.skills']);

    expect((await get(owner.user.id)).json().basics.fullName).toBe('Before');
    const [account] = await t.platform.database.db
      .select()
      .from(users)
      .where(eq(users.id, owner.user.id));
    expect(account).toMatchObject({
      roles: ['student'],
      status: 'active',
      emailVerifiedAt: null,
      username: owner.user.username,
      email: owner.user.email,
    });
  });

  it('validates lengths, addresses, coordinates and the status, naming each field', async () => {
    const owner = await registerUser(t.app);
    const cases: [Record<string, unknown>, string][] = [
      [{ fullName: 'x'.repeat(101) }, 'body.fullName'],
      [{ headline: 'x'.repeat(121) }, 'body.headline'],
      [{ bio: 'x'.repeat(2001) }, 'body.bio'],
      [{ institution: 42 }, 'body.institution'],
      [{ currentStatus: 'astronaut' }, 'body.currentStatus'],
      [{ websiteUrl: 'javascript:alert(1)' }, 'body.websiteUrl'],
      [{ websiteUrl: 'ftp://files.example.org' }, 'body.websiteUrl'],
      [{ websiteUrl: 'https://user:secret@example.org' }, 'body.websiteUrl'],
      [{ websiteUrl: 'not a url' }, 'body.websiteUrl'],
      [{ linkedinUrl: 'https://www.linkedin.evil.example/in/ada' }, 'body.linkedinUrl'],
      [{ linkedinUrl: 'https://www.linkedin.com/feed/' }, 'body.linkedinUrl'],
      [{ githubUrl: 'https://github.com/ada/some-repo' }, 'body.githubUrl'],
      [{ githubUrl: 'https://gitlab.com/ada' }, 'body.githubUrl'],
      [{ latitude: 91, longitude: 0 }, 'body.latitude'],
      [{ latitude: 0, longitude: -181 }, 'body.longitude'],
      [{ latitude: 10 }, 'body.longitude'],
      [{ latitude: '10', longitude: '20' }, 'body.latitude'],
      [{ privacy: { about: 'friends' } }, 'body.privacy.about'],
    ];
    for (const [payload, path] of cases) {
      const res = await put(owner.user.id, owner.accessToken, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(
        errorOf(res.body).details?.map((d) => d.path),
        JSON.stringify(payload),
      ).toContain(path);
    }
    const malformed = await t.app.inject({
      method: 'PUT',
      url: `/api/users/${owner.user.id}`,
      headers: { ...bearer(owner.accessToken), 'content-type': 'application/json' },
      payload: '{"fullName": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect((await get(owner.user.id, owner.accessToken)).json().updatedAt).toBeNull();
  });
});

describe('privacy per section', () => {
  const viewers = ['anonymous', 'other', 'owner'] as const;
  const seenBy: Record<(typeof profileVisibilities)[number], readonly string[]> = {
    public: ['anonymous', 'other', 'owner'],
    signed_in: ['other', 'owner'],
    only_me: ['owner'],
  };

  it('shows each section exactly to those its setting allows', async () => {
    const owner = await registerUser(t.app);
    const other = await registerUser(t.app);
    await put(owner.user.id, owner.accessToken, fullProfile);
    const tokens = { anonymous: undefined, other: other.accessToken, owner: owner.accessToken };
    for (const section of profileSections) {
      for (const visibility of profileVisibilities) {
        // The section under test gets `visibility`; every other section is private.
        const privacy = Object.fromEntries(
          profileSections.map((s) => [s, s === section ? visibility : 'only_me']),
        ) as TProfilePrivacy;
        const saved = await put(owner.user.id, owner.accessToken, { privacy });
        expect(saved.statusCode, saved.body).toBe(200);
        for (const viewer of viewers) {
          const res = await get(owner.user.id, tokens[viewer]);
          const body = ZGetProfileResponse.parse(res.json());
          const visible = profileSections.filter((s) => body[s] !== undefined);
          const expected =
            viewer === 'owner'
              ? profileSections
              : seenBy[visibility].includes(viewer)
                ? [section]
                : [];
          expect(visible, `${section}=${visibility} seen by ${viewer}`).toEqual([...expected]);
          expect(body.privacy !== undefined, `privacy shown to ${viewer}`).toBe(viewer === 'owner');
          expect(body.moreWhenSignedIn).toBe(viewer === 'anonymous' && visibility === 'signed_in');
        }
      }
    }
  });

  it('by default hides only the location from signed-out visitors', async () => {
    const owner = await registerUser(t.app);
    // An empty location hides nothing worth signing in for.
    expect((await get(owner.user.username)).json().moreWhenSignedIn).toBe(false);
    await put(owner.user.id, owner.accessToken, fullProfile);
    const anonymous = ZGetProfileResponse.parse((await get(owner.user.username)).json());
    expect(anonymous.location).toBeUndefined();
    expect(anonymous.about?.bio).toBe(fullProfile.bio);
    expect(anonymous.moreWhenSignedIn).toBe(true);
    const other = await registerUser(t.app);
    const signedIn = ZGetProfileResponse.parse(
      (await get(owner.user.username, other.accessToken)).json(),
    );
    expect(signedIn.location?.name).toBe('London');
  });
});

describe('profile data for export and deletion', () => {
  it('exports the fields without storage keys, and lists no files before an upload', async () => {
    const owner = await registerUser(t.app);
    expect(await exportProfile(t.platform.database.db, owner.user.id)).toBeNull();
    await put(owner.user.id, owner.accessToken, fullProfile);
    const exported = await exportProfile(t.platform.database.db, owner.user.id);
    expect(exported).toMatchObject({
      ...fullProfile,
      privacy: defaultProfilePrivacy,
      hasAvatar: false,
    });
    expect(JSON.stringify(exported)).not.toMatch(/avatarKey|avatarSmallKey|userId/);
    expect(await profileFiles(t.platform.database.db, owner.user.id)).toEqual([]);
  });
});
