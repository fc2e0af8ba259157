import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';

const BATCH = 1000;

/**
 * Adds the words of these occupations' titles to `occupation_search_words`. Split the same way
 * as the migration that first filled the table; words already there are left alone.
 */
export async function addSearchWords(tx: DbOrTx, codes: readonly string[]): Promise<void> {
  for (let i = 0; i < codes.length; i += BATCH) {
    const batch = codes.slice(i, i + BATCH);
    await tx.execute(sql`
      insert into occupation_search_words (word)
      select distinct w
      from occupation_titles t, regexp_split_to_table(lower(t.title), '[^[:alnum:]]+') as w
      where t.code in (select jsonb_array_elements_text(${JSON.stringify(batch)}::jsonb))
        and length(w) >= 2
      on conflict do nothing`);
  }
}
