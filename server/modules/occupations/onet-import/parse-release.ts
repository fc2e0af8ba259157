import {
  riasecAreas,
  type TOccupationEducation,
  type TOccupationInterests,
  type TRiasecArea,
} from '../../../../contracts/occupations.js';
import { OnetImportError } from './errors.js';
import { onetFiles, readMeFile, type OnetFileKey } from './files.js';
import { parseEducation } from './parse-education.js';
import { parseRatings, type OnetRating } from './parse-ratings.js';
import { parseTable, type Table } from './parse-table.js';

/** Interest areas by their O*NET element (1.B.1.a Realistic ... 1.B.1.f Conventional). */
const areaByElement = new Map<string, TRiasecArea>(
  riasecAreas.map((area, i) => [`1.B.1.${'abcdef'[i]}`, area]),
);

export interface ParsedRelease {
  version: string;
  /** Data rows read per file name. */
  counts: Record<string, number>;
  occupations: { code: string; title: string; description: string }[];
  interests: Map<string, TOccupationInterests>;
  ratings: OnetRating[];
  technology: { code: string; example: string; hot: boolean; inDemand: boolean }[];
  jobZones: Map<string, number>;
  alternateTitles: Map<string, string[]>;
  related: Map<string, { code: string; rank: number }[]>;
  tasks: Map<string, { statement: string; core: boolean }[]>;
  /** Content Model element id -> name. */
  elements: Map<string, string>;
  education: Map<string, TOccupationEducation>;
}

export function releaseVersion(readMe: string): string {
  const match = /O\*NET\s+(\d+(?:\.\d+)*)\s+Database/.exec(readMe);
  if (!match?.[1])
    throw new OnetImportError('does not name an "O*NET <version> Database"', readMeFile);
  return match[1];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Parses and checks every file; throws an OnetImportError naming the first problem. */
export function parseRelease(files: Map<string, string>): ParsedRelease {
  const version = releaseVersion(files.get(readMeFile) ?? '');
  const counts: Record<string, number> = {};
  const table = <K extends OnetFileKey>(key: K): Table<K> => {
    const parsed = parseTable(key, files.get(onetFiles[key].name) ?? '');
    counts[parsed.file] = parsed.rows.length;
    return parsed;
  };

  const occupationTable = table('occupations');
  const occupations = occupationTable.rows.map((row) => {
    const code = row.get('O*NET-SOC Code');
    if (!/^\d{2}-\d{4}\.\d{2}$/.test(code)) {
      throw new OnetImportError(
        `"${code}" is not an O*NET-SOC code`,
        occupationTable.file,
        row.line,
      );
    }
    return { code, title: row.get('Title'), description: row.get('Description') };
  });
  if (occupations.length === 0)
    throw new OnetImportError('has no occupations', occupationTable.file);
  const codes = new Set(occupations.map((o) => o.code));
  if (codes.size !== occupations.length) {
    throw new OnetImportError('lists an occupation code twice', occupationTable.file);
  }
  const checker = (file: string) => (code: string, line: number) => {
    if (!codes.has(code)) {
      throw new OnetImportError(`code ${code} is not in ${onetFiles.occupations.name}`, file, line);
    }
  };

  const partial = new Map<string, Partial<TOccupationInterests>>();
  const interestTable = table('interests');
  for (const row of interestTable.rows) {
    const code = row.get('O*NET-SOC Code');
    checker(interestTable.file)(code, row.line);
    const area = areaByElement.get(row.get('Element ID'));
    if (row.get('Scale ID') !== 'OI' || !area) continue;
    const value = row.number('Data Value');
    if (value < 1 || value > 7) {
      throw new OnetImportError(`OI value ${value} is outside 1-7`, interestTable.file, row.line);
    }
    partial.set(code, { ...partial.get(code), [area]: value });
  }
  const interests = new Map<string, TOccupationInterests>();
  for (const [code, scores] of partial) {
    if (riasecAreas.every((area) => scores[area] !== undefined)) {
      interests.set(code, scores as TOccupationInterests);
    }
  }

  const skillTable = table('skills');
  const knowledgeTable = table('knowledge');
  const ratings = [
    ...parseRatings(skillTable, 'skill', checker(skillTable.file)),
    ...parseRatings(knowledgeTable, 'knowledge', checker(knowledgeTable.file)),
  ];

  const techTable = table('technology');
  const technology = techTable.rows.map((row) => {
    const code = row.get('O*NET-SOC Code');
    checker(techTable.file)(code, row.line);
    return {
      code,
      example: row.get('Example'),
      hot: row.get('Hot Technology') === 'Y',
      inDemand: row.get('In Demand') === 'Y',
    };
  });

  const jobZones = new Map<string, number>();
  const zoneTable = table('jobZones');
  for (const row of zoneTable.rows) {
    const code = row.get('O*NET-SOC Code');
    checker(zoneTable.file)(code, row.line);
    const zone = row.number('Job Zone');
    if (!Number.isInteger(zone) || zone < 1 || zone > 5) {
      throw new OnetImportError(`job zone ${zone} is not 1-5`, zoneTable.file, row.line);
    }
    jobZones.set(code, zone);
  }

  const alternateTitles = new Map<string, string[]>();
  const titleTable = table('alternateTitles');
  for (const row of titleTable.rows) {
    const code = row.get('O*NET-SOC Code');
    checker(titleTable.file)(code, row.line);
    push(alternateTitles, code, row.get('Alternate Title'));
  }

  const related = new Map<string, { code: string; rank: number }[]>();
  const relatedTable = table('related');
  for (const row of relatedTable.rows) {
    const code = row.get('O*NET-SOC Code');
    const other = row.get('Related O*NET-SOC Code');
    checker(relatedTable.file)(code, row.line);
    checker(relatedTable.file)(other, row.line);
    push(related, code, { code: other, rank: row.number('Index') });
  }

  const taskRows = new Map<string, { id: number; statement: string; core: boolean }[]>();
  const taskTable = table('tasks');
  for (const row of taskTable.rows) {
    const code = row.get('O*NET-SOC Code');
    checker(taskTable.file)(code, row.line);
    push(taskRows, code, {
      id: row.number('Task ID'),
      statement: row.get('Task'),
      core: row.get('Task Type') === 'Core',
    });
  }
  const tasks = new Map(
    [...taskRows].map(([code, list]) => [
      code,
      list.sort((a, b) => a.id - b.id).map(({ statement, core }) => ({ statement, core })),
    ]),
  );

  const elements = new Map(
    table('contentModel').rows.map((row) => [row.get('Element ID'), row.get('Element Name')]),
  );
  for (const rating of ratings) {
    if (!elements.has(rating.elementId)) {
      throw new OnetImportError(
        `element ${rating.elementId} is not in ${onetFiles.contentModel.name}`,
        rating.kind === 'skill' ? skillTable.file : knowledgeTable.file,
      );
    }
  }

  const educationTable = table('education');
  const education = parseEducation(
    educationTable,
    table('educationCategories'),
    checker(educationTable.file),
  );

  return {
    version,
    counts,
    occupations,
    interests,
    ratings,
    technology,
    jobZones,
    alternateTitles,
    related,
    tasks,
    elements,
    education,
  };
}
