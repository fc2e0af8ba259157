import { sql } from 'drizzle-orm';
import { check, doublePrecision, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { careerStatuses, type TProfilePrivacy } from '../../../contracts/profiles.js';
import { users } from '../users/users.tables.js';

/**
 * What a user tells others about themselves (PRODUCT.md C2). A user without a row has an empty
 * profile with the default privacy.
 */
export const userProfiles = pgTable(
  'user_profiles',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    fullName: text(),
    headline: text(),
    bio: text(),
    locationName: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    institution: text(),
    currentStatus: text({ enum: careerStatuses }),
    mainFocus: text(),
    linkedinUrl: text(),
    githubUrl: text(),
    websiteUrl: text(),
    /** Storage keys of the 256 px and 64 px WebP renditions. */
    avatarKey: text(),
    avatarSmallKey: text(),
    /** Visibility per section; a section missing here has its default (defaultProfilePrivacy). */
    privacy: jsonb().$type<Partial<TProfilePrivacy>>().notNull().default({}),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'user_profiles_coordinates_check',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and coalesce(${t.latitude} between -90 and 90, true) and coalesce(${t.longitude} between -180 and 180, true)`,
    ),
  ],
);
