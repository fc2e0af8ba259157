import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which version of each built-in data set was loaded, so seeding runs once per change. */
export const seedHistory = pgTable('seed_history', {
  name: text().primaryKey(),
  checksum: text().notNull(),
  appliedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
