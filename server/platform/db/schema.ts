// Every module's tables, gathered for Drizzle (relational queries) and drizzle-kit (migrations).
export * from '../../modules/skills/skills.tables.js';
export * from '../../modules/system/system.tables.js';
export * from '../../modules/users/users.tables.js';
export * from '../../modules/auth/auth.tables.js';
export * from '../../modules/audit/audit.tables.js';
export * from '../../modules/profiles/profiles.tables.js';
export * from '../../modules/occupations/occupations.tables.js';
export * from '../../modules/user-skills/user-skills.tables.js';
export * from '../../modules/assessments/assessments.tables.js';
export * from '../../modules/goals/goals.tables.js';
export * from '../../modules/roadmaps/roadmaps.tables.js';
export * from '../../modules/notifications/notifications.tables.js';
export * from '../../modules/badges/badges.tables.js';
export * from '../../modules/integrations/integrations.tables.js';
export * from '../../modules/resume-imports/resume-imports.tables.js';
export * from '../../modules/achievements/achievements.tables.js';
export * from '../../modules/resumes/resumes.tables.js';
