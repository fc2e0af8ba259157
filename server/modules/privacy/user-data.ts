import type { DbOrTx } from '../../platform/db/index.js';
import { exportAchievements } from '../achievements/achievements.user-data.js';
import { exportInterestResults, exportSoftSkills } from '../assessments/assessments.user-data.js';
import { exportAuditTrail } from '../audit/audit.user-data.js';
import {
  exportEmailTokens,
  exportIdentities,
  exportSessions,
  exportTwoFactor,
} from '../auth/auth.user-data.js';
import { exportCoverLetters } from '../cover-letters/cover-letters.user-data.js';
import { exportBadges } from '../badges/badges.service.js';
import { exportGoals } from '../goals/goals.user-data.js';
import { exportNotifications } from '../notifications/notifications.service.js';
import { exportIntegrations } from '../integrations/integrations.user-data.js';
import { exportProfile, profileFiles } from '../profiles/profiles.user-data.js';
import {
  exportResumeImports,
  resumeImportFiles,
} from '../resume-imports/resume-imports.user-data.js';
import { exportResumes } from '../resumes/resumes.user-data.js';
import { exportRoadmaps } from '../roadmaps/roadmaps.user-data.js';
import { exportUserSkills } from '../user-skills/user-skills.user-data.js';
import { exportAccount } from '../users/users.user-data.js';
import { auditSubject } from './audit-subject.js';

/**
 * One module's share of a person's data. `export` returns their records as JSON-ready values,
 * never secrets (hashes, sealed secrets, tokens); `files` names the storage keys they own, which
 * the export links to and deletion removes.
 */
export interface UserDataSection {
  name: string;
  /** The tables this section reads; the coverage test checks every user table is in one. */
  tables: readonly string[];
  export(db: DbOrTx, userId: string): Promise<unknown>;
  files?(db: DbOrTx, userId: string): Promise<string[]>;
}

/**
 * Every module that holds user data registers here, once. Their rows go with the account on
 * deletion through ON DELETE CASCADE to users (the audit log is kept, anonymised).
 */
export const userDataSections: readonly UserDataSection[] = [
  { name: 'account', tables: ['users'], export: exportAccount },
  { name: 'sessions', tables: ['sessions', 'refresh_tokens'], export: exportSessions },
  {
    name: 'twoFactor',
    tables: ['user_totp', 'backup_codes', 'login_challenges'],
    export: exportTwoFactor,
  },
  { name: 'profile', tables: ['user_profiles'], export: exportProfile, files: profileFiles },
  { name: 'oauthIdentities', tables: ['user_identities'], export: exportIdentities },
  {
    name: 'skills',
    tables: ['user_skills', 'skill_evidence', 'skill_endorsements'],
    export: exportUserSkills,
  },
  { name: 'interestResults', tables: ['interest_results'], export: exportInterestResults },
  { name: 'softSkills', tables: ['user_soft_skills'], export: exportSoftSkills },
  { name: 'goals', tables: ['career_goals', 'goal_milestones'], export: exportGoals },
  { name: 'roadmaps', tables: ['roadmaps', 'roadmap_milestones'], export: exportRoadmaps },
  {
    name: 'badges',
    tables: ['user_badges', 'badge_progress', 'user_activity_days'],
    export: exportBadges,
  },
  { name: 'notifications', tables: ['notifications'], export: exportNotifications },
  {
    name: 'integrations',
    tables: ['integration_connections', 'webhook_deliveries'],
    export: exportIntegrations,
  },
  {
    name: 'resumeImports',
    tables: ['resume_imports'],
    export: exportResumeImports,
    files: resumeImportFiles,
  },
  {
    name: 'achievements',
    tables: ['achievements', 'achievement_skills'],
    export: exportAchievements,
  },
  {
    name: 'resumes',
    // The generated resume's items are exported inside its content.
    tables: ['resumes', 'resume_items', 'resume_versions'],
    export: exportResumes,
  },
  { name: 'coverLetters', tables: ['cover_letters'], export: exportCoverLetters },
  { name: 'emailTokens', tables: ['email_tokens'], export: exportEmailTokens },
  {
    name: 'auditLog',
    tables: ['audit_log'],
    export: async (db, userId) => exportAuditTrail(db, await auditSubject(db, userId)),
  },
];

/** Tables that reference users but hold nothing to export, each with the reason. */
export const tablesWithoutUserData: Readonly<Record<string, string>> = {};
