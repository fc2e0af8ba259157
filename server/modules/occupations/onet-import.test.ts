import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { asc, count, eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbOrTx } from '../../platform/db/index.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { skills } from '../skills/skills.tables.js';
import { OnetImportError } from './onet-import/errors.js';
import { importOnetRelease } from './onet-import/import-release.js';
import {
  occupationRelated,
  occupationSkills,
  occupationTasks,
  occupationTitles,
  occupations,
  onetReleases,
} from './occupations.tables.js';
import { copyOnetFixture, editFixture, onetFixtureDir } from './test/onet-fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const db = () => t.platform.database.db;

/** Everything an import writes, to compare before and after. */
async function snapshot(tx: DbOrTx = db()) {
  const n = async (
    table:
      | typeof occupations
      | typeof occupationTitles
      | typeof occupationTasks
      | typeof occupationSkills
      | typeof occupationRelated
      | typeof skills
      | typeof onetReleases,
  ) => (await tx.select({ n: count() }).from(table))[0]?.n;
  return {
    occupations: await tx.select().from(occupations).orderBy(asc(occupations.code)),
    titles: await n(occupationTitles),
    tasks: await n(occupationTasks),
    skills: await n(occupationSkills),
    related: await n(occupationRelated),
    taxonomy: await n(skills),
    releases: await tx.select().from(onetReleases),
  };
}

async function skillsOf(code: string) {
  return db()
    .select({
      slug: skills.slug,
      source: skills.source,
      kind: occupationSkills.kind,
      importance: occupationSkills.importance,
      level: occupationSkills.level,
      hot: occupationSkills.hot,
    })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(eq(occupationSkills.code, code))
    .orderBy(asc(occupationSkills.kind), asc(skills.slug));
}

async function expectRefused(source: string, message: string | RegExp) {
  const before = await snapshot();
  const failure = importOnetRelease(t.platform.database, source);
  await expect(failure).rejects.toBeInstanceOf(OnetImportError);
  await expect(failure).rejects.toThrow(message);
  expect(await snapshot()).toEqual(before);
}

describe('O*NET import of the fixture release', () => {
  it('imports every occupation with its values mapped', async () => {
    const result = await importOnetRelease(t.platform.database, onetFixtureDir);
    expect(result).toMatchObject({ version: '99.1', occupations: 4, tasks: 5, related: 4 });
    expect(result.rowsRead['Skills.txt']).toBe(14);

    const [wrangler] = await db()
      .select()
      .from(occupations)
      .where(eq(occupations.code, '99-0001.00'));
    expect(wrangler).toMatchObject({
      title: 'Invented Data Wrangler',
      source: 'onet',
      releaseId: result.releaseId,
      jobZone: 4,
      interests: {
        realistic: 2,
        investigative: 6.5,
        artistic: 3,
        social: 1.5,
        enterprising: 3,
        conventional: 5.2,
      },
      education: {
        typicalEducation: "Bachelor's Degree",
        relatedExperience: 'Up to a year',
        onTheJobTraining: 'A short demonstration',
        levels: [
          { label: 'School diploma', percent: 10 },
          { label: "Bachelor's Degree", percent: 60 },
          { label: "Master's Degree", percent: 30 },
        ],
      },
    });
    // Artistic and enterprising tie at 3: RIASEC order puts artistic first.
    expect(wrangler?.interestCode).toBe('ICA');
  });

  it('maps ratings, technology, titles, tasks and related occupations', async () => {
    expect(await skillsOf('99-0001.00')).toEqual([
      // Writing is left out: O*NET marks its level not relevant.
      {
        slug: 'computers-and-electronics',
        source: 'catalog',
        kind: 'knowledge',
        importance: 4.5,
        level: 5.1,
        hot: false,
      },
      {
        slug: 'english-language',
        source: 'catalog',
        kind: 'knowledge',
        importance: 3.9,
        level: 4,
        hot: false,
      },
      {
        slug: 'invented-tinkering',
        source: 'onet',
        kind: 'skill',
        importance: 3,
        level: 3.25,
        hot: false,
      },
      {
        slug: 'programming',
        source: 'catalog',
        kind: 'skill',
        importance: 4.75,
        level: 5.88,
        hot: false,
      },
      {
        slug: 'reading-comprehension',
        source: 'catalog',
        kind: 'skill',
        importance: 4,
        level: 4.5,
        hot: false,
      },
      {
        slug: 'invented-frobnicator-studio',
        source: 'onet',
        kind: 'technology',
        importance: null,
        level: null,
        hot: false,
      },
      {
        slug: 'javascript',
        source: 'catalog',
        kind: 'technology',
        importance: null,
        level: null,
        hot: false,
      },
      {
        slug: 'python',
        source: 'catalog',
        kind: 'technology',
        importance: null,
        level: null,
        hot: true,
      },
    ]);
    // A suppressed importance drops the element; a suppressed level leaves it without one.
    const garden = await skillsOf('99-0002.00');
    expect(garden.filter((s) => s.kind === 'skill')).toEqual([
      {
        slug: 'writing',
        source: 'catalog',
        kind: 'skill',
        importance: 3.5,
        level: null,
        hot: false,
      },
    ]);
    // Both spellings of the new tool are one taxonomy entry.
    expect(garden.find((s) => s.kind === 'technology')).toMatchObject({
      slug: 'invented-frobnicator-studio',
      hot: true,
    });
    const [invented] = await db()
      .select()
      .from(skills)
      .where(eq(skills.slug, 'invented-tinkering'));
    expect(invented).toMatchObject({ category: 'foundational', onetElementIds: ['2.B.9.z'] });

    const titles = await db()
      .select({ title: occupationTitles.title, kind: occupationTitles.kind })
      .from(occupationTitles)
      .where(eq(occupationTitles.code, '99-0001.00'))
      .orderBy(asc(occupationTitles.id));
    expect(titles).toEqual([
      { title: 'Invented Data Wrangler', kind: 'primary' },
      { title: 'Data Wrangler', kind: 'alternate' },
      { title: 'Dataset Herder', kind: 'alternate' },
    ]);
    const tasks = await db()
      .select({ statement: occupationTasks.statement, core: occupationTasks.core })
      .from(occupationTasks)
      .where(eq(occupationTasks.code, '99-0001.00'))
      .orderBy(asc(occupationTasks.position));
    expect(tasks.map((task) => task.core)).toEqual([false, true, true]);
    expect(tasks[0]?.statement).toBe('Collect made-up datasets from imaginary sources.');
    const related = await db()
      .select()
      .from(occupationRelated)
      .where(eq(occupationRelated.code, '99-0001.00'))
      .orderBy(asc(occupationRelated.rank));
    expect(related.map((r) => r.relatedCode)).toEqual(['99-0002.00', '99-0003.00']);

    const [archivist] = await db()
      .select()
      .from(occupations)
      .where(eq(occupations.code, '99-0004.00'));
    expect(archivist).toMatchObject({
      jobZone: null,
      interests: null,
      education: null,
      interestCode: '',
    });
  });

  it('stores the release with its attribution and row counts', async () => {
    const [release] = await db().select().from(onetReleases);
    expect(release).toMatchObject({
      version: '99.1',
      origin: 'onet-fixture',
      licenseUrl: 'https://www.onetcenter.org/license_db.html',
    });
    expect(release?.attribution).toContain('information from the O*NET 99.1 Database');
    expect(release?.attribution).toContain('USDOL/ETA has not approved, endorsed, or tested');
    expect(release?.counts['Occupation Data.txt']).toBe(4);
  });

  it('names the release and its attribution for every page to show', async () => {
    const res = await t.app.inject({ url: '/api/data-sources' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      onet: { release: '99.1', licenseUrl: 'https://www.onetcenter.org/license_db.html' },
    });
  });

  it('imports again without duplicating anything', async () => {
    const before = await snapshot();
    const again = await importOnetRelease(t.platform.database, onetFixtureDir);
    expect(again.skillsCreated).toBe(0);
    const after = await snapshot();
    expect({ ...after, occupations: after.occupations.length }).toEqual({
      ...before,
      occupations: before.occupations.length,
      releases: after.releases,
    });
    expect(after.releases).toHaveLength(1);
  });

  it('updates a changed value in place', async () => {
    const dir = copyOnetFixture();
    editFixture(dir, 'Job Zones.txt', (text) => text.replace('99-0002.00\t3', '99-0002.00\t5'));
    editFixture(dir, 'Occupation Data.txt', (text) =>
      text.replace('Invented Garden Designer', 'Invented Landscape Designer'),
    );
    const before = await snapshot();
    await importOnetRelease(t.platform.database, dir);
    const [garden] = await db()
      .select()
      .from(occupations)
      .where(eq(occupations.code, '99-0002.00'));
    expect(garden).toMatchObject({ jobZone: 5, title: 'Invented Landscape Designer' });
    const after = await snapshot();
    expect(after.titles).toBe(before.titles);
    expect(after.skills).toBe(before.skills);
    rmSync(dir, { recursive: true });
  });

  it('reads a zip that keeps the files in a sub-folder', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (const name of readdirSync(onetFixtureDir).filter((n) => n.endsWith('.txt'))) {
      entries[`db_99_1_text/${name}`] = readFileSync(path.join(onetFixtureDir, name));
    }
    const zip = path.join(os.tmpdir(), `careeros-onet-${process.pid}.zip`);
    writeFileSync(zip, zipSync(entries));
    const result = await importOnetRelease(t.platform.database, zip);
    expect(result.occupations).toBe(4);
    const [release] = await db().select().from(onetReleases);
    expect(release?.origin).toBe(path.basename(zip));
    rmSync(zip);
  });
});

describe('O*NET import from a URL', () => {
  it('downloads a zip and imports it; a failed download changes nothing', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (const name of readdirSync(onetFixtureDir).filter((n) => n.endsWith('.txt'))) {
      entries[name] = readFileSync(path.join(onetFixtureDir, name));
    }
    const zip = zipSync(entries);
    const server = createServer((req, res) => {
      if (req.url === '/release.zip') res.end(zip);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = await importOnetRelease(t.platform.database, `${base}/release.zip`);
      expect(result.occupations).toBe(4);
      const [release] = await db().select().from(onetReleases);
      expect(release?.origin).toBe(`${base}/release.zip`);
      await expectRefused(`${base}/missing.zip`, 'answered 404');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('O*NET import of bad input', () => {
  const broken = (file: string, edit: (text: string) => string) => {
    const dir = copyOnetFixture();
    editFixture(dir, file, edit);
    return dir;
  };

  it('refuses a release with a file missing', async () => {
    const dir = copyOnetFixture();
    rmSync(path.join(dir, 'Job Zones.txt'));
    await expectRefused(dir, 'the folder lacks "Job Zones.txt"');
  });

  it('refuses a file without a required column', async () => {
    const dir = broken('Interests.txt', (text) => text.replace('Data Value', 'Value'));
    await expectRefused(dir, 'Interests.txt, line 1: the header has no column "Data Value"');
  });

  it('refuses a row with the wrong number of fields', async () => {
    const dir = broken('Task Statements.txt', (text) =>
      text.replace('\tCore\t75\t', '\tCore\t75 '),
    );
    await expectRefused(
      dir,
      'Task Statements.txt, line 4: expected 7 tab-separated fields, found 6',
    );
  });

  it('refuses a code that Occupation Data does not list', async () => {
    const dir = broken('Job Zones.txt', (text) => `${text}99-7777.00\t2\t08/2099\tInvented\r\n`);
    await expectRefused(
      dir,
      'Job Zones.txt, line 5: code 99-7777.00 is not in Occupation Data.txt',
    );
  });

  it('refuses a number it cannot read', async () => {
    const dir = broken('Skills.txt', (text) => text.replace('\t4.75\t', '\t4,75\t'));
    await expectRefused(dir, 'Skills.txt, line 4: "Data Value" is not a number: "4,75"');
  });

  it('refuses a read-me that names no release', async () => {
    const dir = broken('Read Me.txt', () => 'Some other database\n');
    await expectRefused(dir, 'Read Me.txt: does not name an "O*NET <version> Database"');
  });

  it('refuses a file that is not a zip, and a path that is nothing', async () => {
    const file = path.join(os.tmpdir(), `careeros-not-a-zip-${process.pid}.zip`);
    writeFileSync(file, strToU8('not a zip at all'));
    await expectRefused(file, 'the zip file cannot be read');
    rmSync(file);
    await expectRefused(path.join(os.tmpdir(), 'careeros-nothing-here'), 'is neither a file');
  });

  it('rolls everything back when writing fails half-way', async () => {
    const dir = broken('Occupation Data.txt', (text) =>
      text.replace('Invented Archivist', 'Renamed'),
    );
    const before = await snapshot();
    let calls = 0;
    await expect(
      importOnetRelease(t.platform.database, dir, {
        onProgress: (p) => {
          if (p.phase === 'write' && ++calls === 2) throw new Error('stopped on purpose');
        },
      }),
    ).rejects.toThrow('stopped on purpose');
    expect(await snapshot()).toEqual(before);
  });
});
