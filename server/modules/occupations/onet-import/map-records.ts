import type { OccupationRecord, OccupationSkillRef } from '../occupation-store.js';
import type { ParsedRelease } from './parse-release.js';
import type { SkillIds } from './resolve-skills.js';

/** Turns a parsed release into the store's records, one per occupation in Occupation Data. */
export function mapRecords(
  release: ParsedRelease,
  ids: SkillIds,
  releaseId: number,
): OccupationRecord[] {
  const skillsByCode = new Map<string, OccupationSkillRef[]>();
  const add = (code: string, ref: OccupationSkillRef) => {
    const list = skillsByCode.get(code);
    if (list) list.push(ref);
    else skillsByCode.set(code, [ref]);
  };
  for (const rating of release.ratings) {
    const skillId = ids.byElement.get(rating.elementId);
    if (skillId === undefined) continue;
    add(rating.code, {
      skillId,
      kind: rating.kind,
      importance: rating.importance,
      level: rating.level,
      hot: false,
    });
  }
  for (const tech of release.technology) {
    const skillId = ids.byExample.get(tech.example);
    if (skillId === undefined) continue;
    add(tech.code, {
      skillId,
      kind: 'technology',
      importance: null,
      level: null,
      hot: tech.hot,
      inDemand: tech.inDemand,
    });
  }
  return release.occupations.map((o) => ({
    code: o.code,
    title: o.title,
    description: o.description,
    jobZone: release.jobZones.get(o.code) ?? null,
    interests: release.interests.get(o.code) ?? null,
    education: release.education.get(o.code) ?? null,
    alternateTitles: release.alternateTitles.get(o.code) ?? [],
    tasks: release.tasks.get(o.code) ?? [],
    skills: skillsByCode.get(o.code) ?? [],
    related: release.related.get(o.code) ?? [],
    source: 'onet',
    releaseId,
  }));
}
