import { sql } from 'drizzle-orm';
import { resumeLimits, type TResumeContent } from '../../../contracts/resumes.js';
import { timelineOrderOn } from '../achievements/achievement-reads.js';
import { headingOf, sectionKinds } from './resume-generator.js';
import { resumeItems, resumes } from './resumes.tables.js';

const headings = JSON.stringify(Object.fromEntries(sectionKinds.map((k) => [k, headingOf(k)])));
const itemOrder = timelineOrderOn('i', 'source_id');

/**
 * A resume's whole document as a column of a query on resumes: a tailored resume's is stored as
 * one; the generated one's record sections are put together from its item rows (in timeline
 * order, each up to the section limit), followed by the skills section stored with the rest.
 * Spelled with the table's name: drizzle leaves columns unqualified, and inside the subquery
 * they would be the item's.
 */
export const resumeContent = sql<TResumeContent>`(case when ${resumes}.kind = 'generated'
  then jsonb_set(${resumes}.content, '{sections}', coalesce((
    select jsonb_agg(jsonb_build_object('kind', g.kind, 'title', ${headings}::jsonb ->> g.kind,
      'hidden', false, 'items', g.items) order by g.position)
    from (
      select i.kind, min(i.position) as position,
        jsonb_agg(i.item order by ${itemOrder}) filter (where i.n <= ${resumeLimits.items}) as items
      from (
        select i.*, row_number() over (partition by i.kind order by ${itemOrder}) as n
        from ${resumeItems} i where i.resume_id = ${resumes}.id
      ) i
      group by i.kind
    ) g), '[]'::jsonb) || (${resumes}.content -> 'sections'))
  else ${resumes}.content end)`;
