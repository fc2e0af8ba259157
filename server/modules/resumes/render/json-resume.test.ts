import { describe, expect, it } from 'vitest';
import { ZResumeContent } from '../../../../contracts/resumes.js';
import { exportResume } from './export-document.js';
import { fromJsonResume, importJsonResume, toJsonResume } from './json-resume.js';
import { validateJsonResume } from './json-resume-schema.js';
import { HIDDEN_MARKER, sampleResume } from './sample-content.js';

/** A document as another JSON Resume tool writes it, after the schema's own sample. */
const official = {
  basics: {
    name: 'Richard Hendriks',
    label: 'Programmer',
    image: '',
    email: 'richard.hendriks@mail.com',
    phone: '(912) 555-4321',
    url: 'http://richardhendricks.example.com',
    summary: 'Richard hails from Tulsa. He has earned degrees from the University of Oklahoma.',
    location: {
      address: '2712 Broadway St',
      postalCode: 'CA 94115',
      city: 'San Francisco',
      countryCode: 'US',
      region: 'California',
    },
    profiles: [{ network: 'Twitter', username: 'neutralthoughts', url: 'https://twitter.com/x' }],
  },
  work: [
    {
      name: 'Pied Piper',
      position: 'CEO/President',
      url: 'http://piedpiper.example.com',
      startDate: '2013-12-01',
      summary: 'Pied Piper is a multi-platform technology based on a compression algorithm.',
      highlights: [
        'Build an algorithm for artist to detect if their music was violating copy right',
      ],
    },
  ],
  volunteer: [
    {
      organization: 'CoderDojo',
      position: 'Teacher',
      url: 'http://coderdojo.example.com/',
      startDate: '2012-01-01',
      endDate: '2013-01-01',
      summary: 'Global movement of free coding clubs for young people.',
      highlights: ["Awarded 'Teacher of the Month'"],
    },
  ],
  education: [
    {
      institution: 'University of Oklahoma',
      url: 'https://www.ou.edu/',
      area: 'Information Technology',
      studyType: 'Bachelor',
      startDate: '2011-06-01',
      endDate: '2014-01-01',
      score: '4.0',
      courses: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
    },
  ],
  awards: [
    {
      title: 'Digital Compression Pioneer Award',
      date: '2014-11-01',
      awarder: 'Techcrunch',
      summary: 'There is no spoon.',
    },
  ],
  certificates: [
    {
      name: 'Certified Kubernetes Administrator',
      date: '2021-11-07',
      issuer: 'CNCF',
      url: 'https://example.com',
    },
  ],
  publications: [
    {
      name: 'Video compression for 3d media',
      publisher: 'Hooli',
      releaseDate: '2014-10-01',
      url: 'http://en.wikipedia.org/wiki/Silicon_Valley_(TV_series)',
      summary: 'Innovative middle-out compression.',
    },
  ],
  skills: [{ name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS', 'JavaScript'] }],
  languages: [{ language: 'English', fluency: 'Native speaker' }],
  interests: [{ name: 'Wildlife', keywords: ['Ferrets', 'Unicorns'] }],
  references: [{ name: 'Erlich Bachman', reference: 'It is my pleasure to recommend Richard.' }],
  projects: [
    {
      name: 'Miss Direction',
      description: 'A mapping engine that misguides you',
      highlights: ['Won award at AIHacks 2016'],
      keywords: ['GoogleMaps', 'Chrome Extension'],
      startDate: '2016-08-24',
      endDate: '2016-08-24',
      url: 'http://missdirection.example.com',
      roles: ['Team lead', 'Designer'],
      entity: 'Smoogle',
      type: 'application',
    },
  ],
  meta: {
    canonical: 'https://example.com/resume.json',
    version: 'v1.0.0',
    lastModified: '2017-12-24T15:53:00',
  },
};

describe('JSON Resume', () => {
  it('round-trips our content, hidden parts included, through JSON Resume unchanged', () => {
    const exported = toJsonResume(sampleResume, { includeHidden: true });
    expect(validateJsonResume(exported)).toEqual([]);
    const back = importJsonResume(JSON.parse(JSON.stringify(exported)));
    expect(back).toEqual({ ok: true, content: ZResumeContent.parse(sampleResume) });
  });

  it('exports a valid document that leaves hidden sections and items out', () => {
    const exported = toJsonResume(sampleResume);
    expect(validateJsonResume(exported)).toEqual([]);
    expect(JSON.stringify(exported)).not.toContain(HIDDEN_MARKER);
    expect(exported.work).toHaveLength(2);
    // Fields the schema types strictly are made to fit: a full date, an absolute URL.
    expect(exported.certificates).toEqual([
      {
        name: 'Certified Kubernetes Administrator',
        issuer: 'CNCF',
        date: '2022-11-01',
        url: 'https://cncf.io',
      },
    ]);
  });

  it('is the json export format, as a file', async () => {
    const file = await exportResume(sampleResume, 'json', { template: 'classic' });
    expect(file.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(file.body.toString('utf8'))).toEqual(toJsonResume(sampleResume));
  });

  it('imports a document from another tool into every section', () => {
    expect(validateJsonResume(official)).toEqual([]);
    const result = importJsonResume(official);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { basics, summary, sections } = result.content;
    expect(basics.location).toBe('2712 Broadway St, CA 94115 San Francisco, California, US');
    expect(basics.profiles).toEqual([
      { network: 'Twitter', username: 'neutralthoughts', url: 'https://twitter.com/x' },
    ]);
    expect(summary).toMatch(/^Richard hails/);
    expect(sections.map((s) => s.kind)).toEqual([
      'work',
      'volunteer',
      'education',
      'projects',
      'certificates',
      'awards',
      'publications',
      'skills',
      'languages',
      'interests',
      'references',
    ]);
    const [work] = sections[0]?.items ?? [];
    expect(work).toMatchObject({
      id: 'work-1',
      title: 'CEO/President',
      subtitle: 'Pied Piper',
      ongoing: true,
    });
    expect(sections[2]?.items[0]).toMatchObject({
      title: 'Information Technology',
      level: 'Bachelor',
      keywords: ['DB1101 - Basic SQL', 'CS2011 - Java Introduction'],
      highlights: ['Score: 4.0'],
      ongoing: false,
    });
    expect(sections[3]?.items[0]).toMatchObject({
      subtitle: 'Smoogle',
      level: 'Team lead, Designer',
    });
    expect(sections[10]?.items[0]?.summary).toBe('It is my pleasure to recommend Richard.');
    // A round trip of the imported content gives the same content again.
    expect(fromJsonResume(toJsonResume(result.content))).toEqual(result.content);
  });

  it('names the field of every schema error and imports nothing', () => {
    const result = importJsonResume({
      basics: { name: 'X', email: 'not an email' },
      work: [{ name: 'Acme', startDate: 'June 2020' }],
      education: { institution: 'not in an array' },
      hobbies: [],
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => e.path).sort();
    expect(paths).toEqual(['basics.email', 'education', 'hobbies', 'work.0.startDate']);
  });
});
