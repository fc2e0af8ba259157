import { sql } from 'drizzle-orm';
import type { TSkillSuggestion } from '../../../contracts/user-skills.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { skillKey } from '../skills/skill-key.js';
import { skills } from '../skills/skills.tables.js';

/** Below this trigram similarity a name or alias is too far from the text to suggest. */
const MIN_SIMILARITY = 0.25;
/** The text as a part of a longer name ("script" in TypeScript) must match more closely. */
const MIN_WORD_SIMILARITY = 0.5;

interface SuggestionRow extends Record<string, unknown> {
  slug: string;
  name: string;
  category: string;
  aliases: string[];
  best_alias: string | null;
  name_score: number;
  alias_score: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Which alias the text stands for, or null when it is the name (or close to it) that matched. */
function matchedAlias(row: SuggestionRow, key: string): string | null {
  const nameKey = skillKey(row.name);
  if (nameKey.startsWith(key)) return null;
  const byKey =
    row.aliases.find((alias) => skillKey(alias) === key) ??
    row.aliases.find((alias) => skillKey(alias).startsWith(key));
  if (byKey) return byKey;
  // A near spelling: name the alias only when it is nearer than the name itself.
  return row.alias_score > row.name_score ? row.best_alias : null;
}

/**
 * Skills a half-typed name may stand for, best first: an exact name or alias, then names and
 * aliases that start with the text (compared by skillKey, so "node j" finds Node.js), then
 * near spellings by trigram similarity ("javscript" finds JavaScript).
 */
export async function suggestSkills(
  db: DbOrTx,
  text: string,
  limit: number,
): Promise<TSkillSuggestion[]> {
  const key = skillKey(text);
  if (!key) return [];
  const lower = text.trim().toLowerCase();
  const prefix = `${escapeLike(key)}%`;
  const result = (await db.execute(sql`
    select s.slug, s.name, s.category, s.aliases, m.best_alias,
      m.name_score::float8 as name_score, m.alias_score::float8 as alias_score
    from ${skills} s
    cross join lateral (
      select
        case
          when ${key} = any(s.keys) then 0
          when s.keys[1] like ${prefix} then 1
          when exists (select 1 from unnest(s.keys) k where k like ${prefix}) then 2
          else 3
        end as rank,
        similarity(lower(s.name), ${lower}) as name_score,
        word_similarity(${lower}, lower(s.name)) as word_score,
        coalesce((select max(similarity(lower(a), ${lower})) from unnest(s.aliases) a), 0)
          as alias_score,
        (select a from unnest(s.aliases) a
          order by similarity(lower(a), ${lower}) desc limit 1) as best_alias
    ) m
    where m.rank < 3 or lower(s.name) % ${lower}
      or greatest(m.name_score, m.alias_score) >= ${MIN_SIMILARITY}
      or m.word_score >= ${MIN_WORD_SIMILARITY}
    order by m.rank, greatest(m.name_score, m.alias_score) desc, m.word_score desc,
      length(s.name), lower(s.name)
    limit ${limit}
  `)) as unknown as { rows: SuggestionRow[] };
  return result.rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    category: row.category as TSkillSuggestion['category'],
    matchedAlias: matchedAlias(row, key),
  }));
}
