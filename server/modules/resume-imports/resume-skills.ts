import type {
  TDraftAchievement,
  TDraftSkill,
  TResumeDraft,
} from '../../../contracts/resume-imports.js';
import { achievementLimits } from '../../../contracts/achievements.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { resolveSkills } from '../skills/skills.service.js';
import { suggestSkills } from '../user-skills/skill-suggestions.js';
import type { ParsedResume } from './resume-draft.js';

const SUGGESTIONS = 5;

/**
 * The draft of a parsed resume: its skills matched to the taxonomy (unmatched ones with the
 * nearest names), and each entry naming the matched skills it mentions by their canonical name.
 */
export async function draftFromParsed(db: DbOrTx, parsed: ParsedResume): Promise<TResumeDraft> {
  const resolved = await resolveSkills(db, parsed.skills);
  const skills: TDraftSkill[] = [];
  for (const text of parsed.skills) {
    const skill = resolved.get(text);
    skills.push({
      text,
      match: skill ? { slug: skill.slug, name: skill.name, category: skill.category } : null,
      suggestions: skill ? [] : await suggestSkills(db, text, SUGGESTIONS),
    });
  }
  const achievements = parsed.entries.map((entry, index): TDraftAchievement => ({
    key: `entry-${index + 1}`,
    section: entry.section,
    confidence: entry.confidence,
    sourceLines: entry.sourceLines,
    achievement: {
      ...entry.achievement,
      skills: [...new Set(entry.mentions.flatMap((text) => resolved.get(text)?.name ?? []))].slice(
        0,
        achievementLimits.skills,
      ),
    },
    unmatchedSkills: entry.mentions.filter((text) => !resolved.has(text)),
  }));
  return { basics: parsed.basics, achievements, skills };
}
