import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ZCatalogOccupation, type TCatalogOccupation } from '../../../contracts/occupations.js';
import type { TCatalogSkill } from '../../../contracts/skills.js';
import { paths } from '../../platform/paths.js';

/** The authored starter occupations: every JSON file in data/catalog/occupations/, in name order. */
export function readOccupationCatalog(dir = paths.catalog('occupations')): TCatalogOccupation[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const all: TCatalogOccupation[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const parsed = z.array(ZCatalogOccupation).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(
        `${file} is not a valid occupations catalog: ${z.prettifyError(parsed.error)}`,
      );
    }
    all.push(...parsed.data);
  }
  return all;
}

/**
 * What the schema cannot check: references between occupations and into the skills taxonomy.
 * Skills must be O*NET skill elements (2.A, 2.B), knowledge O*NET knowledge areas (2.C), and
 * technology skills taxonomy entries that are neither. Returns one line per problem.
 */
export function catalogProblems(
  occupations: readonly TCatalogOccupation[],
  taxonomy: readonly TCatalogSkill[],
): string[] {
  const problems: string[] = [];
  const bySlug = new Map(taxonomy.map((skill) => [skill.slug, skill]));
  const codes = new Set<string>();
  for (const occupation of occupations) {
    if (codes.has(occupation.code)) problems.push(`${occupation.code}: listed twice`);
    codes.add(occupation.code);
  }
  const isElement = (skill: TCatalogSkill | undefined, prefixes: string[]) =>
    !!skill?.onetElementIds.some((id) => prefixes.some((prefix) => id.startsWith(prefix)));
  for (const o of occupations) {
    const where = `${o.code} ${o.title}`;
    const seen = new Set<string>();
    const check = (
      list: { skill: string }[],
      field: string,
      ok: (s?: TCatalogSkill) => boolean,
    ) => {
      for (const ref of list) {
        const key = `${field}:${ref.skill}`;
        if (seen.has(key)) problems.push(`${where}: ${field} names ${ref.skill} twice`);
        seen.add(key);
        if (!bySlug.has(ref.skill))
          problems.push(`${where}: ${field} ${ref.skill} is not in the taxonomy`);
        else if (!ok(bySlug.get(ref.skill)))
          problems.push(`${where}: ${field} ${ref.skill} is the wrong kind`);
      }
    };
    check(o.skills, 'skills', (s) => isElement(s, ['2.A', '2.B']));
    check(o.knowledge, 'knowledge', (s) => isElement(s, ['2.C']));
    check(o.technology, 'technology', (s) => !!s && s.onetElementIds.length === 0);
    for (const related of o.related) {
      if (related === o.code) problems.push(`${where}: related to itself`);
      else if (!codes.has(related))
        problems.push(`${where}: related ${related} is not in the catalog`);
    }
    const total = o.education.levels.reduce((sum, level) => sum + level.percent, 0);
    if (o.education.levels.length < 2 || Math.abs(total - 100) > 1) {
      problems.push(`${where}: education levels must be at least two and add up to 100 (${total})`);
    }
  }
  return problems;
}
