import { count } from 'drizzle-orm';
import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TErrorResponse } from '../../../contracts/errors.js';
import {
  ZResume,
  type TResume,
  type TResumeContent,
  type TResumePublicLink,
  type TResumeVersion,
} from '../../../contracts/resumes.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { resumes } from './resumes.tables.js';

let t: TestApp;
let token: string;
let otherToken: string;
let generatedId: string;
let tailored: TResume;

async function api(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  as = token,
) {
  return t.app.inject({ method, url, headers: bearer(as), ...(payload ? { payload } : {}) });
}

async function getResume(id: string): Promise<TResume> {
  const res = await api('GET', `/api/resumes/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return ZResume.parse(res.json());
}

const titles = (content: TResumeContent) =>
  content.sections.flatMap((s) => s.items.map((i) => i.title));

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)));
  return text.join('\n');
}

const resumeCount = async () =>
  (await t.platform.database.db.select({ n: count() }).from(resumes))[0]?.n;

beforeAll(async () => {
  t = await buildTestApp();
  token = (await registerUser(t.app)).accessToken;
  otherToken = (await registerUser(t.app)).accessToken;
  const added = await api('POST', '/api/achievements', {
    type: 'internship',
    title: 'Software engineering intern',
    organization: 'Acme',
    startDate: '2026-06-01',
    endDate: '2026-11-30',
    skills: ['TypeScript'],
    highlights: ['Shipped the billing page'],
  });
  expect(added.statusCode, added.body).toBe(201);
  const list = await api('GET', '/api/resumes');
  generatedId = (list.json() as { items: { id: string }[] }).items[0]?.id ?? '';
  const copy = await api('POST', '/api/resumes', { name: 'Acme backend' });
  expect(copy.statusCode, copy.body).toBe(201);
  tailored = ZResume.parse(copy.json());
});
afterAll(() => t.close());

describe('the resume builder', () => {
  it('a tailored copy keeps its edits when an achievement regenerates the generated one', async () => {
    expect(tailored.kind).toBe('tailored');
    expect(titles(tailored.content)).toContain('Software engineering intern');
    const content = structuredClone(tailored.content);
    content.summary = 'Backend engineer who ships';
    const item = content.sections.flatMap((s) => s.items).find((i) => i.title.includes('intern'));
    if (!item) throw new Error('no internship item');
    item.hidden = true;
    const patched = await api('PATCH', `/api/resumes/${tailored.id}`, { content });
    expect(patched.statusCode, patched.body).toBe(200);

    await api('POST', '/api/achievements', { type: 'project', title: 'Inventory tracker' });
    expect(titles((await getResume(generatedId)).content)).toContain('Inventory tracker');
    const after = await getResume(tailored.id);
    expect(after.content.summary).toBe('Backend engineer who ships');
    expect(titles(after.content)).not.toContain('Inventory tracker');

    const md = await api('GET', `/api/resumes/${tailored.id}/export?format=md`);
    expect(md.body).toContain('Backend engineer who ships');
    expect(md.body).not.toContain('Software engineering intern');
  });

  it('the generated resume refuses content edits and deletion, but takes a new name', async () => {
    const generated = await getResume(generatedId);
    const edit = await api('PATCH', `/api/resumes/${generatedId}`, { content: generated.content });
    expect(edit.statusCode).toBe(409);
    expect((edit.json() as TErrorResponse).error.message).toMatch(/tailored copy/);
    expect((await api('DELETE', `/api/resumes/${generatedId}`)).statusCode).toBe(409);
    const renamed = await api('PATCH', `/api/resumes/${generatedId}`, {
      name: 'Mine',
      template: 'modern',
    });
    expect(renamed.json()).toMatchObject({ name: 'Mine', template: 'modern' });
  });

  it('versions are numbered snapshots that later edits do not change', async () => {
    const v1 = await api('POST', `/api/resumes/${tailored.id}/versions`, {
      name: 'Acme — Backend',
    });
    expect(v1.statusCode, v1.body).toBe(201);
    const saved = v1.json() as TResumeVersion;
    expect(saved.number).toBe(1);
    await api('PATCH', `/api/resumes/${tailored.id}`, {
      content: { ...saved.content, summary: 'Changed later' },
    });
    const v2 = await api('POST', `/api/resumes/${tailored.id}/versions`, { name: 'Second' });
    expect((v2.json() as TResumeVersion).number).toBe(2);
    const again = (
      await api('GET', `/api/resumes/${tailored.id}/versions/1`)
    ).json() as TResumeVersion;
    expect(again).toMatchObject({ id: saved.id, name: 'Acme — Backend' });
    expect(again.content.summary).toBe('Backend engineer who ships');
    const list = await api('GET', `/api/resumes/${tailored.id}/versions`);
    expect(list.json()).toMatchObject({ total: 2, items: [{ number: 1 }, { number: 2 }] });
    const old = await api('GET', `/api/resumes/${tailored.id}/export?format=txt&version=1`);
    expect(old.body).toContain('Backend engineer who ships');
    expect((await getResume(tailored.id)).versions).toBe(2);
  });

  it('exports every format with its type, a file name and the title', async () => {
    const expected = {
      pdf: 'application/pdf',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      md: 'text/markdown',
      txt: 'text/plain',
      json: 'application/json',
    };
    for (const [format, type] of Object.entries(expected)) {
      const res = await api(
        'GET',
        `/api/resumes/${generatedId}/export?format=${format}&paper=letter`,
      );
      expect(res.statusCode, format).toBe(200);
      expect(res.headers['content-type']).toContain(type);
      expect(res.headers['content-disposition']).toMatch(
        new RegExp(`filename=".+ - Mine\\.${format}"`),
      );
      const text =
        format === 'pdf'
          ? await pdfText(res.rawPayload)
          : format === 'docx'
            ? strFromU8(
                unzipSync(new Uint8Array(res.rawPayload))['word/document.xml'] ?? new Uint8Array(),
              )
            : res.body;
      expect(text, format).toContain('Software engineering intern');
    }
  });

  it('imports a JSON Resume, and refuses an invalid one with field paths, creating nothing', async () => {
    const good = await api('POST', '/api/resumes/import', {
      document: {
        basics: { name: 'Grace Hopper' },
        work: [{ name: 'Navy', position: 'Admiral', startDate: '1943-12' }],
      },
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(ZResume.parse(good.json())).toMatchObject({ name: 'Grace Hopper', kind: 'tailored' });
    expect(titles((good.json() as TResume).content)).toContain('Admiral');

    const before = await resumeCount();
    const bad = await api('POST', '/api/resumes/import', {
      document: { work: [{ name: 'Navy', startDate: 'last year' }] },
    });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json() as TErrorResponse).error.details?.map((d) => d.path);
    expect(paths).toContain('body.document.work.0.startDate');
    const badEdit = await api('PATCH', `/api/resumes/${tailored.id}`, { template: 'fancy' });
    expect(badEdit.statusCode).toBe(400);
    expect((badEdit.json() as TErrorResponse).error.details?.[0]?.path).toBe('body.template');
    const badCopy = await api('POST', '/api/resumes', { name: '' });
    expect(badCopy.statusCode).toBe(400);
    expect(await resumeCount()).toBe(before);
    expect((await getResume(tailored.id)).template).toBe('classic');
  });

  it('the public link opens while on, counts views and downloads, and closes when off', async () => {
    const on = await api('PUT', `/api/resumes/${tailored.id}/public-link`, { enabled: true });
    const link = on.json() as TResumePublicLink;
    expect(link).toMatchObject({ enabled: true, views: 0, downloads: 0 });
    const path = new URL(link.url ?? '').pathname;
    const secret = path.split('/').pop() ?? '';
    const view = await t.app.inject({ url: `/api/public/resumes/${secret}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ content: { summary: 'Changed later' } });
    const pdf = await t.app.inject({ url: `/api/public/resumes/${secret}/export?format=pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await getResume(tailored.id)).publicLink).toMatchObject({
      enabled: true,
      views: 1,
      downloads: 1,
    });
    const wrong = await t.app.inject({ url: `/api/public/resumes/${secret.slice(0, -2)}xx` });
    expect(wrong.statusCode).toBe(404);

    await api('PUT', `/api/resumes/${tailored.id}/public-link`, { enabled: false });
    expect((await t.app.inject({ url: `/api/public/resumes/${secret}` })).statusCode).toBe(404);
  });

  it("another user's resume is a 404 everywhere, and deleting a tailored one works", async () => {
    for (const [method, url] of [
      ['GET', `/api/resumes/${tailored.id}/export?format=md`],
      ['PATCH', `/api/resumes/${tailored.id}`],
      ['GET', `/api/resumes/${tailored.id}/versions`],
      ['DELETE', `/api/resumes/${tailored.id}`],
    ] as const) {
      const res = await api(
        method,
        url,
        method === 'PATCH' ? { name: 'x' } : undefined,
        otherToken,
      );
      expect(res.statusCode, url).toBe(404);
    }
    expect((await api('DELETE', `/api/resumes/${tailored.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/api/resumes/${tailored.id}`)).statusCode).toBe(404);
  });
});
