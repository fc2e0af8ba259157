import { eq } from 'drizzle-orm';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCreateAchievementRequest } from '../../../contracts/achievements.js';
import {
  RESUME_IMPORT_MAX_BYTES,
  ZResumeImport,
  type TResumeImport,
} from '../../../contracts/resume-imports.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { bearer, registerUser } from '../auth/auth-test-helpers.js';
import { multipartFile, pngImage, storedFiles } from '../profiles/profiles-test-helpers.js';
import {
  resumeDocx,
  resumePdf,
  sampleResumeLines,
  scannedPdf,
} from './resume-import-test-helpers.js';
import { resumeImports } from './resume-imports.tables.js';

let t: TestApp;
let owner: Awaited<ReturnType<typeof registerUser>>;
let other: Awaited<ReturnType<typeof registerUser>>;

beforeAll(async () => {
  t = await buildTestApp();
  [owner, other] = await Promise.all([registerUser(t.app), registerUser(t.app)]);
});
afterAll(() => t.close());

function upload(data: Buffer, filename: string, token: string | null = owner.accessToken) {
  const body = multipartFile(data, { filename, contentType: 'application/octet-stream' });
  return t.app.inject({
    method: 'POST',
    url: '/api/resume-imports',
    payload: body.payload,
    headers: { ...body.headers, ...(token ? bearer(token) : {}) },
  });
}

const stored = () => storedFiles(t.config.storageDir, 'resume-imports');
const rowsOf = (userId: string) =>
  t.platform.database.db.select().from(resumeImports).where(eq(resumeImports.userId, userId));

/** The draft of the sample resume, as both formats must give it. */
function expectSampleDraft(item: TResumeImport) {
  expect(item.status).toBe('parsed');
  expect(item.text).toContain('Software Engineering Intern, Acme Corp');
  const draft = item.draft;
  expect(draft?.basics).toMatchObject({
    name: 'Ada Lovelace',
    email: 'ada.lovelace@example.org',
    phone: '+44 20 7946 0958',
    links: [{ label: 'LinkedIn', url: 'https://linkedin.com/in/ada-lovelace' }],
  });
  const [internship, job, education] = draft?.achievements ?? [];
  expect(internship?.achievement).toMatchObject({
    type: 'internship',
    title: 'Software Engineering Intern',
    organization: 'Acme Corp',
    startDate: '2021-06-01',
    endDate: '2021-08-01',
    ongoing: false,
    highlights: [
      'Built a React dashboard used by 40 analysts',
      'Cut report generation time by 40% with SQL indexes',
    ],
    skills: ['SQL', 'React'],
  });
  expect(internship?.confidence).toBe(1);
  expect(job?.achievement).toMatchObject({ type: 'job', ongoing: true, skills: ['Python'] });
  expect(education?.achievement).toMatchObject({
    type: 'education',
    organization: 'University of Leeds',
  });
  expect(draft?.skills.map((s) => [s.text, s.match?.slug ?? null])).toEqual([
    ['Python', 'python'],
    ['SQL', 'sql'],
    ['React', 'react'],
    ['Docker', 'docker'],
    ['Quantum Basketweaving', null],
  ]);
  // Every proposal can be sent to POST /api/achievements as it is.
  for (const proposal of draft?.achievements ?? []) {
    expect(ZCreateAchievementRequest.safeParse(proposal.achievement).success).toBe(true);
  }
}

describe('uploading a resume', () => {
  it('stores a DOCX, reads a draft from it, and answers the same import for the same file', async () => {
    const docx = await resumeDocx();
    const res = await upload(docx, 'Ada CV (final).docx');
    expect(res.statusCode, res.body).toBe(201);
    const item = ZResumeImport.parse(res.json());
    expect(item).toMatchObject({
      filename: 'Ada CV (final).docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      sizeBytes: docx.length,
    });
    expectSampleDraft(item);
    // Nothing is saved from the draft: the user's skills are untouched.
    const skills = await t.app.inject({ url: `/api/users/${owner.user.id}/skills` });
    expect(skills.json().items).toEqual([]);

    const again = await upload(docx, 'copy.docx');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(item.id);
    expect(await rowsOf(owner.user.id)).toHaveLength(1);

    const download = await t.app.inject({ url: item.downloadUrl });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(docx)).toBe(true);
    expect(download.headers['content-disposition']).toContain('filename="ada-cv-final.docx"');
  });

  it('stores a PDF and reads the same draft from it', async () => {
    const res = await upload(await resumePdf(), 'resume.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const item = ZResumeImport.parse(res.json());
    expect(item.mediaType).toBe('application/pdf');
    expectSampleDraft(item);
  });

  it('keeps a scanned PDF without text as failed, with a message', async () => {
    const res = await upload(await scannedPdf(await pngImage()), 'scan.pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'failed', draft: null, text: null });
    expect(res.json().error).toMatch(/No text was found in this PDF/);
    const list = await t.app.inject({
      url: '/api/resume-imports?limit=1',
      headers: bearer(owner.accessToken),
    });
    expect(list.json()).toMatchObject({ total: 3, limit: 1, items: [{ id: res.json().id }] });
  });

  it('refuses what is too large, not a PDF or DOCX, or unreadable, storing nothing', async () => {
    const before = await stored();
    const rows = (await rowsOf(owner.user.id)).length;
    const tooLarge = await upload(Buffer.alloc(RESUME_IMPORT_MAX_BYTES + 1, 0x20), 'big.pdf');
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toBe('The resume is larger than 10 MB');

    const png = await upload(await pngImage(), 'resume.pdf');
    expect(png.statusCode).toBe(415);
    expect(png.json().error.details).toEqual([
      { path: 'body.file', message: 'must be a PDF or DOCX file; this file is image/png' },
    ]);
    const text = await upload(Buffer.from(sampleResumeLines.join('\n')), 'resume.docx');
    expect(text.statusCode).toBe(415);

    const pdf = await resumePdf();
    const corrupt = await upload(
      Buffer.concat([pdf.subarray(0, 400), Buffer.from('garbage')]),
      'x.pdf',
    );
    expect(corrupt.statusCode).toBe(422);
    expect(corrupt.json().error.details[0].path).toBe('body.file');
    // A small DOCX that would unpack to over 100 MB is not unpacked.
    const bomb = zipSync({
      ...unzipSync(await resumeDocx()),
      'word/media/padding.bin': new Uint8Array(101 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(RESUME_IMPORT_MAX_BYTES);
    expect((await upload(Buffer.from(bomb), 'bomb.docx')).statusCode).toBe(422);

    expect(await stored()).toEqual(before);
    expect(await rowsOf(owner.user.id)).toHaveLength(rows);
  });

  it('is the uploader’s alone: 401 signed out, 404 to another user; deletion removes the file', async () => {
    expect((await upload(await resumeDocx(), 'a.docx', null)).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/resume-imports' })).statusCode).toBe(401);
    const [row] = await rowsOf(owner.user.id);
    const url = `/api/resume-imports/${row?.id}`;
    for (const method of ['GET', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url, headers: bearer(other.accessToken) });
      expect(res.statusCode).toBe(404);
    }
    const othersList = await t.app.inject({
      url: '/api/resume-imports',
      headers: bearer(other.accessToken),
    });
    expect(othersList.json().total).toBe(0);

    const files = await stored();
    const removed = await t.app.inject({
      method: 'DELETE',
      url,
      headers: bearer(owner.accessToken),
    });
    expect(removed.statusCode).toBe(204);
    expect(await stored()).toHaveLength(files.length - 1);
    const gone = await t.app.inject({ url, headers: bearer(owner.accessToken) });
    expect(gone.statusCode).toBe(404);
  });
});
