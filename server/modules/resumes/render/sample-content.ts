import type { TCoverLetterContent } from '../../../../contracts/cover-letters.js';
import type { TResumeContent, TResumeItem, TResumeSection } from '../../../../contracts/resumes.js';

/**
 * Sample documents for the render tests, the benchmark and previews: one resume of every
 * section kind (with hidden parts, which no format may show), a longer one that takes two
 * pages, and a cover letter.
 */
function item(id: string, fields: Partial<TResumeItem> & { title: string }): TResumeItem {
  return {
    id,
    sourceId: null,
    subtitle: null,
    location: null,
    startDate: null,
    endDate: null,
    ongoing: false,
    summary: null,
    highlights: [],
    url: null,
    keywords: [],
    level: null,
    hidden: false,
    ...fields,
  };
}

function section(
  kind: TResumeSection['kind'],
  title: string,
  items: TResumeItem[],
  hidden = false,
): TResumeSection {
  return { kind, title, hidden, items };
}

export const HIDDEN_MARKER = 'Secret Side Gig';

export const sampleResume: TResumeContent = {
  basics: {
    name: 'Ada Lovelace',
    label: 'Senior software engineer',
    email: 'ada@example.org',
    phone: '+44 20 7946 0000',
    url: 'https://ada.example.org',
    location: 'London, United Kingdom',
    profiles: [
      { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' },
      { network: 'Mastodon', username: '@ada@example.social', url: null },
    ],
  },
  summary:
    'Engineer who turns numerical ideas into dependable software. Ten years of building ' +
    'analytics platforms, leading small teams and mentoring new developers.',
  sections: [
    section('work', 'Experience', [
      item('w1', {
        sourceId: 'a1',
        title: 'Staff Engineer',
        subtitle: 'Analytical Engines Ltd',
        location: 'London',
        startDate: '2021-03',
        ongoing: true,
        summary: 'Lead of the data-platform team (six engineers).',
        highlights: [
          'Cut report generation time from 40 minutes to 90 seconds',
          'Designed the event pipeline that now carries 2 billion events a day',
        ],
        keywords: ['TypeScript', 'PostgreSQL'],
      }),
      item('w2', { title: HIDDEN_MARKER, subtitle: 'Nobody Inc', startDate: '2020', hidden: true }),
      item('w3', {
        title: 'Software Engineer',
        subtitle: 'Difference Works',
        location: 'Manchester',
        startDate: '2016-09',
        endDate: '2021-02',
        highlights: ['Shipped the first mobile client', 'Mentored four graduate hires'],
      }),
    ]),
    section('volunteer', 'Volunteering', [
      item('v1', {
        title: 'Mentor',
        subtitle: 'Code Club',
        startDate: '2018',
        ongoing: true,
        highlights: ['Weekly sessions for 12 pupils'],
      }),
    ]),
    section('education', 'Education', [
      item('e1', {
        title: 'Mathematics',
        subtitle: 'University of London',
        level: 'Bachelor of Science',
        startDate: '2012',
        endDate: '2016',
        keywords: ['Numerical analysis', 'Logic'],
      }),
    ]),
    section('projects', 'Projects', [
      item('p1', {
        title: 'Notes on the Engine',
        subtitle: 'Open source',
        summary: 'A simulator of the Analytical Engine in the browser.',
        highlights: ['3,000 stars'],
        url: 'https://github.com/ada/engine',
        keywords: ['Rust', 'WebAssembly'],
        startDate: '2019-05',
        endDate: '2020-01',
      }),
    ]),
    section('certificates', 'Certifications', [
      item('c1', {
        title: 'Certified Kubernetes Administrator',
        subtitle: 'CNCF',
        startDate: '2022-11',
        url: 'https://cncf.io',
      }),
    ]),
    section('awards', 'Awards', [
      item('aw1', {
        title: 'Engineer of the Year',
        subtitle: 'Tech Awards',
        startDate: '2023',
        summary: 'For the event pipeline.',
      }),
    ]),
    section('publications', 'Publications', [
      item('pu1', {
        title: 'Sketch of the Analytical Engine',
        subtitle: 'Scientific Memoirs',
        startDate: '1843-09',
        url: 'https://example.org/sketch',
        summary: 'Translation with notes.',
      }),
    ]),
    section('skills', 'Skills', [
      item('s1', { title: 'Languages', level: 'Expert', keywords: ['TypeScript', 'Rust', 'SQL'] }),
      item('s2', { title: 'Infrastructure', keywords: ['Kubernetes', 'Terraform'] }),
    ]),
    section('languages', 'Languages', [
      item('l1', { title: 'English', level: 'Native speaker' }),
      item('l2', { title: 'French', level: 'Fluent' }),
    ]),
    section('interests', 'Interests', [
      item('i1', { title: 'Music', keywords: ['Harp', 'Composition'] }),
    ]),
    section('references', 'References', [
      item('r1', { title: 'Charles Babbage', summary: 'Ada is the finest analyst I know.' }),
    ]),
    section('awards', 'Hidden section', [item('h1', { title: HIDDEN_MARKER })], true),
    section('projects', 'Empty section', [item('h2', { title: HIDDEN_MARKER, hidden: true })]),
  ],
};

/** Two pages in the classic and modern templates (compact fits it on one): one more long job. */
export const twoPageResume: TResumeContent = {
  ...sampleResume,
  sections: [
    section(
      'work',
      'Experience',
      Array.from({ length: 1 }, (_, i) =>
        item(`long${i}`, {
          title: `Engineer, team ${i + 1}`,
          subtitle: `Company number ${i + 1}`,
          location: 'Remote',
          startDate: `${2010 + i}-01`,
          endDate: `${2011 + i}-01`,
          summary: 'Built and ran services for a growing product, with on-call duty.',
          highlights: Array.from(
            { length: 4 },
            (_, h) =>
              `Delivered improvement ${h + 1} of the year, measured against the previous release ` +
              'and reported to the leadership team every quarter',
          ),
        }),
      ),
    ),
    ...sampleResume.sections,
  ],
};

export const sampleCoverLetter: TCoverLetterContent = {
  sender: sampleResume.basics,
  recipient: {
    name: 'Grace Hopper',
    title: 'Head of Engineering',
    company: 'Compiler Corp',
    addressLines: ['1 Harbour Street', 'Arlington, VA 22201'],
  },
  date: '2026-12-01',
  subject: 'Application for the Staff Engineer role',
  salutation: 'Dear Ms Hopper,',
  body: [
    'I am writing to apply for the Staff Engineer role on your compiler team.',
    'At Analytical Engines I lead the data-platform team, where we cut report generation from ' +
      '40 minutes to 90 seconds.',
    'I would welcome the chance to talk about how I could help your team.',
  ],
  closing: 'Kind regards,',
  signature: null,
};
