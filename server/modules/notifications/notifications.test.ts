import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TListNotificationsResponse,
  TNotification,
} from '../../../contracts/notifications.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { notify } from './notifications.service.js';

const NOW = Date.parse('2027-04-01T09:00:00Z');
let ticks = 0;
// A millisecond a reading, so notifications made in a row keep their order.
const clock = () => new Date(NOW + ticks++);

let t: TestApp;
let me: { id: string; token: string };
let other: { id: string; token: string };
const mine: TNotification[] = [];

beforeAll(async () => {
  t = await buildTestApp({}, { now: clock });
  const [a, b] = [await registerUser(t.app), await registerUser(t.app)];
  me = { id: a.user.id, token: a.accessToken };
  other = { id: b.user.id, token: b.accessToken };
  for (const n of [1, 2, 3]) {
    mine.push(
      await notify(t.platform.database.db, {
        userId: me.id,
        kind: 'badge.earned',
        title: `Badge earned: number ${n}`,
        link: '/badges',
        data: { n },
        createdAt: clock(),
      }),
    );
  }
  await notify(t.platform.database.db, {
    userId: other.id,
    kind: 'badge.earned',
    title: 'Not yours',
    createdAt: clock(),
  });
});
afterAll(() => t.close());

function call(method: 'GET' | 'POST', url: string, token = me.token) {
  return t.app.inject({ method, url, headers: bearer(token) });
}

async function list(query = '', token = me.token): Promise<TListNotificationsResponse> {
  const res = await call('GET', `/api/notifications${query}`, token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TListNotificationsResponse;
}

describe('notifications', () => {
  it('lists the user’s own, newest first, in pages, with the unread count', async () => {
    const page = await list('?limit=2');
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 0, unreadCount: 3 });
    expect(page.items.map((n) => n.title)).toEqual([
      'Badge earned: number 3',
      'Badge earned: number 2',
    ]);
    expect(page.items[0]).toMatchObject({ link: '/badges', data: { n: 3 }, readAt: null });
    const rest = await list('?limit=2&offset=2');
    expect(rest.items.map((n) => n.id)).toEqual([mine[0]?.id]);

    const bad = await call('GET', '/api/notifications?limit=500&unread=maybe');
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json() as { error: { details: { path: string }[] } }).error.details.map(
      (d) => d.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['querystring.limit', 'querystring.unread']));
  });

  it('marks one read (once), keeps other users’ out of reach, then marks all read', async () => {
    const [first, second] = mine;
    if (!first || !second) throw new Error('no notifications');
    const read = await call('POST', `/api/notifications/${first.id}/read`);
    expect(read.statusCode).toBe(200);
    const readAt = (read.json() as TNotification).readAt;
    expect(readAt).not.toBeNull();
    // Again: still read, at the first time.
    const again = await call('POST', `/api/notifications/${first.id}/read`);
    expect((again.json() as TNotification).readAt).toBe(readAt);

    const unread = await list('?unread=true');
    expect(unread.unreadCount).toBe(2);
    expect(unread.items.map((n) => n.id)).not.toContain(first.id);

    // Another user cannot read or mark it, and their read-all leaves it alone.
    const theirs = await call('POST', `/api/notifications/${second.id}/read`, other.token);
    expect(theirs.statusCode).toBe(404);
    const malformed = await call('POST', '/api/notifications/not-an-id/read');
    expect(malformed.statusCode).toBe(400);
    expect((await call('POST', '/api/notifications/read-all', other.token)).json()).toEqual({
      marked: 1,
    });
    expect((await list()).unreadCount).toBe(2);

    expect((await call('POST', '/api/notifications/read-all')).json()).toEqual({ marked: 2 });
    const after = await list();
    expect(after.unreadCount).toBe(0);
    expect(after.items.every((n) => n.readAt !== null)).toBe(true);
    expect((await list('', other.token)).items.map((n) => n.title)).toEqual(['Not yours']);
  });
});
