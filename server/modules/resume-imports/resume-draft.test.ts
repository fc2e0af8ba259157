import { describe, expect, it } from 'vitest';
import { parseResumeDate } from './resume-dates.js';
import { parseResume, splitSkills } from './resume-draft.js';

const achievements = (text: string) => parseResume(text).entries.map((e) => e.achievement);

describe('reading a draft from a resume', () => {
  it('reads headings in any case, with or without a colon, and the entries under them', () => {
    const parsed = parseResume(`Grace Hopper
grace@example.com · (555) 123-4567 · https://github.com/grace · grace.dev

WORK EXPERIENCE:
Acme Corp — Data Analyst Intern
03/2020 – 08/2022
Remote
- Cleaned survey data in R and
  presented findings monthly
Senior Developer at Initech
Sept 2022 - Current
* Led a team of four

education
MSc Data Science
University of York, 2019 – 2020
BA Mathematics
Trinity College, May 2018

Volunteer Experience
Code Club tutor, Leeds Library, 2017 to 2019

Awards & Honors
Dean's List, 2018
Hackathon winner`);
    expect(parsed.basics).toEqual({
      name: 'Grace Hopper',
      email: 'grace@example.com',
      phone: '(555) 123-4567',
      links: [
        { label: 'GitHub', url: 'https://github.com/grace' },
        { label: 'Website', url: 'https://grace.dev/' },
      ],
    });
    expect(parsed.entries.map((e) => [e.section, e.achievement.type, e.achievement.title])).toEqual(
      [
        ['WORK EXPERIENCE', 'internship', 'Data Analyst Intern'],
        ['WORK EXPERIENCE', 'job', 'Senior Developer'],
        ['education', 'education', 'MSc Data Science'],
        ['education', 'education', 'BA Mathematics'],
        ['Volunteer Experience', 'volunteering', 'Code Club tutor'],
        ['Awards & Honors', 'award', "Dean's List"],
        ['Awards & Honors', 'award', 'Hackathon winner'],
      ],
    );
    const [intern, senior, msc, ba, tutor] = parsed.entries.map((e) => e.achievement);
    expect(intern).toMatchObject({
      organization: 'Acme Corp',
      location: 'Remote',
      startDate: '2020-03-01',
      endDate: '2022-08-01',
      highlights: ['Cleaned survey data in R and presented findings monthly'],
    });
    expect(senior).toMatchObject({
      organization: 'Initech',
      startDate: '2022-09-01',
      endDate: null,
      ongoing: true,
    });
    expect(msc).toMatchObject({ organization: 'University of York', endDate: '2020-01-01' });
    // One date on an education entry is when it ended.
    expect(ba).toMatchObject({ startDate: null, endDate: '2018-05-01' });
    expect(tutor).toMatchObject({ organization: 'Leeds Library', startDate: '2017-01-01' });
    expect(parsed.entries[0]?.sourceLines).toEqual([
      'Acme Corp — Data Analyst Intern',
      '03/2020 – 08/2022',
      'Remote',
      '- Cleaned survey data in R and presented findings monthly',
    ]);
    expect(parsed.entries.at(-1)?.confidence).toBeLessThan(parsed.entries[0]?.confidence ?? 0);
  });

  it('splits skills on commas, pipes and bullets, drops group labels, and finds them in entries', () => {
    expect(
      splitSkills([
        'Languages: TypeScript, Python (pandas, NumPy); C++ | C#',
        '• React • Node.js • CI/CD',
        'Tools - Docker - Git.',
      ]),
    ).toEqual([
      'TypeScript',
      'Python',
      'pandas',
      'NumPy',
      'C++',
      'C#',
      'React',
      'Node.js',
      'CI',
      'CD',
      'Tools',
      'Docker',
      'Git',
    ]);
    const parsed = parseResume(`Projects
Budget tracker | 2023
• A Java and JavaScript app; deployed with Docker
Technical Skills
JavaScript, Docker, Go, javascript`);
    expect(parsed.skills).toEqual(['JavaScript', 'Docker', 'Go']);
    // Whole words only: "Go" is not in "Google", nor "Java" in "JavaScript".
    expect(parsed.entries[0]?.mentions).toEqual(['JavaScript', 'Docker']);
    expect(parsed.entries[0]?.achievement).toMatchObject({
      type: 'project',
      startDate: '2023-01-01',
    });
  });

  it('reads the usual date forms and refuses what is not a date', () => {
    expect(
      ['Jun 2021', 'june 2021', 'Sept. 2020', '03/2020', '3.2020', '2020-03', '2019'].map(
        parseResumeDate,
      ),
    ).toEqual([
      '2021-06-01',
      '2021-06-01',
      '2020-09-01',
      '2020-03-01',
      '2020-03-01',
      '2020-03-01',
      '2019-01-01',
    ]);
    expect(['13/2020', 'Foo 2020', '1890', ''].map(parseResumeDate)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // An end before the start is dropped rather than proposed.
    expect(achievements('Experience\nAnalyst, Globex, 2021 - 2019')[0]).toMatchObject({
      startDate: '2021-01-01',
      endDate: null,
    });
  });

  it('proposes nothing from text without known headings', () => {
    const parsed = parseResume('Dear hiring manager,\nI am writing to apply for the role.');
    expect(parsed.entries).toEqual([]);
    expect(parsed.skills).toEqual([]);
    expect(parsed.basics.email).toBeNull();
  });
});
