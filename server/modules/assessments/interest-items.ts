import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  ITEMS_PER_AREA,
  ZInterestItems,
  type TInterestItems,
} from '../../../contracts/assessments.js';
import { riasecAreas } from '../../../contracts/occupations.js';
import { paths } from '../../platform/paths.js';

let cached: TInterestItems | undefined;

/** The 60 activity items, checked once: valid shape, unique ids, ten per area. */
export function readInterestItems(file = paths.catalog('interest-items.json')): TInterestItems {
  if (cached && file === paths.catalog('interest-items.json')) return cached;
  const parsed = ZInterestItems.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid item list: ${z.prettifyError(parsed.error)}`);
  }
  const ids = new Set(parsed.data.items.map((item) => item.id));
  if (ids.size !== parsed.data.items.length) throw new Error(`${file} repeats an item id`);
  for (const area of riasecAreas) {
    const count = parsed.data.items.filter((item) => item.area === area).length;
    if (count !== ITEMS_PER_AREA) throw new Error(`${file} has ${count} ${area} items`);
  }
  if (file === paths.catalog('interest-items.json')) cached = parsed.data;
  return parsed.data;
}
