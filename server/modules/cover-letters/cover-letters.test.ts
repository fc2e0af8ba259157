import { count } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCoverLetter, TCoverLetterContent } from '../../../contracts/cover-letters.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { coverLetters } from './cover-letters.tables.js';

const NOW = new Date('2027-01-10T12:00:00Z');
// The clock moves a millisecond a reading, so letters changed in a row keep their order.
let ticks = 0;
const clock = () => new Date(NOW.getTime() + ticks++);
const SUBJECT = 'Application for the Analyst role, ref. 42';

let t: TestApp;
let token: string;
let otherToken: string;

beforeAll(async () => {
  t = await buildTestApp({}, { now: clock });
  const owner = await registerUser(t.app);
  token = owner.accessToken;
  otherToken = (await registerUser(t.app)).accessToken;
  const profile = await api('PUT', `/api/users/${owner.user.id}`, {
    fullName: 'Ada Lovelace',
    headline: 'Data analyst',
  });
  expect(profile.statusCode, profile.body).toBe(200);
});
afterAll(() => t.close());

function api(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  as = token,
) {
  return t.app.inject({ method, url, headers: bearer(as), ...(payload ? { payload } : {}) });
}

async function create(payload: object): Promise<TCoverLetter> {
  const res = await api('POST', '/api/cover-letters', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TCoverLetter;
}

async function letterCount(): Promise<number> {
  const [row] = await t.platform.database.db.select({ n: count() }).from(coverLetters);
  return row?.n ?? 0;
}

describe('cover letters', () => {
  it('starts a letter with the sender from the generated resume, then edits, copies and deletes it', async () => {
    const letter = await create({ name: 'Acme', content: { subject: SUBJECT } });
    expect(letter.content.sender).toMatchObject({ name: 'Ada Lovelace', label: 'Data analyst' });
    expect(letter.content).toMatchObject({ subject: SUBJECT, date: '2027-01-10', body: [] });
    expect(letter.basedOn).not.toBeNull();
    expect(letter.template).toBe('classic');

    const content: TCoverLetterContent = {
      ...letter.content,
      recipient: { name: 'Grace Hopper', title: null, company: 'Acme Ltd', addressLines: [] },
      body: ['I would like to join your team.', 'I have built dashboards for five years.'],
    };
    const edited = await api('PATCH', `/api/cover-letters/${letter.id}`, {
      template: 'modern',
      content,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ template: 'modern', content: { body: content.body } });

    const copy = await api('POST', `/api/cover-letters/${letter.id}/duplicate`);
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ name: 'Acme (copy)', template: 'modern', content });

    const list = await api('GET', '/api/cover-letters?limit=10');
    expect(list.json()).toMatchObject({
      total: 2,
      items: [
        { name: 'Acme (copy)', recipientCompany: 'Acme Ltd' },
        { name: 'Acme', recipientCompany: 'Acme Ltd', subject: SUBJECT },
      ],
    });

    expect((await api('DELETE', `/api/cover-letters/${letter.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/api/cover-letters/${letter.id}`)).statusCode).toBe(404);
    expect((await api('GET', '/api/cover-letters')).json()).toMatchObject({ total: 1 });
  });

  it('exports each format with its type, a file name from the sender and the subject in it', async () => {
    const letter = await create({
      name: 'Acme',
      content: { subject: SUBJECT, body: ['I would like to join your team.'] },
    });
    const download = async (format: string) => {
      const res = await api('GET', `/api/cover-letters/${letter.id}/export?format=${format}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Ada Lovelace - Acme.${format}"`,
      );
      return res;
    };
    const pdf = await download('pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), {
      mergePages: true,
    });
    expect(text).toContain(SUBJECT);

    const docx = await download('docx');
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    const document = unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml'];
    expect(document && strFromU8(document)).toContain(SUBJECT);

    for (const [format, type] of [
      ['md', 'text/markdown; charset=utf-8'],
      ['txt', 'text/plain; charset=utf-8'],
    ]) {
      const res = await download(format ?? '');
      expect(res.headers['content-type']).toBe(type);
      expect(res.body).toContain(SUBJECT);
    }
  });

  it('refuses bad input with field paths and changes nothing', async () => {
    const letter = await create({ name: 'Kept' });
    const before = await letterCount();
    const bad: [string, string, object, string][] = [
      ['POST', '/api/cover-letters', { name: '' }, 'body.name'],
      ['POST', '/api/cover-letters', { name: 'x', content: { body: [''] } }, 'body.content.body.0'],
      ['POST', '/api/cover-letters', { name: 'x', basedOn: crypto.randomUUID() }, 'body.basedOn'],
      ['PATCH', `/api/cover-letters/${letter.id}`, { template: 'fancy' }, 'body.template'],
      [
        'PATCH',
        `/api/cover-letters/${letter.id}`,
        { content: { subject: 'x' } },
        'body.content.sender',
      ],
      ['GET', `/api/cover-letters/${letter.id}/export?format=exe`, {}, 'querystring.format'],
      ['GET', '/api/cover-letters?limit=500', {}, 'querystring.limit'],
    ];
    for (const [method, url, payload, path] of bad) {
      const res = await api(method as 'POST', url, method === 'GET' ? undefined : payload);
      expect(res.statusCode, `${method} ${url}`).toBe(400);
      const paths = (res.json() as { error: { details: { path: string }[] } }).error.details.map(
        (d) => d.path,
      );
      expect(paths, `${method} ${url}`).toContain(path);
    }
    expect(await letterCount()).toBe(before);
    expect((await api('GET', `/api/cover-letters/${letter.id}`)).json()).toMatchObject({
      name: 'Kept',
      template: 'classic',
    });
  });

  it("treats another user's letter as not found", async () => {
    const letter = await create({ name: 'Mine' });
    for (const [method, url] of [
      ['GET', `/api/cover-letters/${letter.id}`],
      ['PATCH', `/api/cover-letters/${letter.id}`],
      ['DELETE', `/api/cover-letters/${letter.id}`],
      ['POST', `/api/cover-letters/${letter.id}/duplicate`],
      ['GET', `/api/cover-letters/${letter.id}/export?format=txt`],
    ] as const) {
      const res = await api(
        method,
        url,
        method === 'PATCH' ? { name: 'Theirs' } : undefined,
        otherToken,
      );
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await api('GET', '/api/cover-letters', undefined, otherToken)).json()).toMatchObject({
      total: 0,
    });
    expect((await api('GET', `/api/cover-letters/${letter.id}`)).json()).toMatchObject({
      name: 'Mine',
    });
  });
});
