import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/index.js';
import type { TCreateAchievement } from '../../../contracts/achievements.js';
import type { DomainEvents } from '../../platform/events/domain-events.js';
import { createAchievement } from '../achievements/achievements.service.js';
import type { FileStorage } from '../../platform/storage/index.js';
import { updateProfile } from '../profiles/profiles.service.js';
import { users } from '../users/users.tables.js';
import { hashPassword, verifyPassword } from './passwords.js';

export interface DemoCredentials {
  username: string;
  password: string;
}

export interface DemoAccountDeps {
  database: Database;
  storage: FileStorage;
  events: DomainEvents;
  dataDir: string;
  now: () => Date;
}

const DEMO_USERNAME = 'demo';

const demoRecords: TCreateAchievement[] = [
  {
    type: 'internship',
    title: 'Data analyst intern',
    organization: 'Northwind Traders',
    startDate: '2025-06-02',
    endDate: '2025-09-26',
    skills: ['SQL', 'Python'],
    highlights: ['Automated the weekly sales report, saving a day of work a month'],
    links: [],
  },
  {
    type: 'project',
    title: 'Campus events dashboard',
    description: 'A small web app that shows what is on around campus this week.',
    startDate: '2025-02-01',
    endDate: '2025-04-30',
    skills: ['TypeScript', 'React', 'Git'],
    highlights: ['Used by two student societies to plan their terms'],
    links: [],
  },
  {
    type: 'course',
    title: 'Introduction to statistics',
    organization: 'Open University',
    startDate: '2024-09-01',
    endDate: '2024-12-15',
    skills: [],
    highlights: [],
    links: [],
  },
];
const credentialsFile = (dataDir: string) => path.join(dataDir, 'demo-account.json');

async function readCredentials(dataDir: string): Promise<DemoCredentials | undefined> {
  try {
    const parsed = JSON.parse(await readFile(credentialsFile(dataDir), 'utf8')) as unknown;
    const { username, password } = (parsed ?? {}) as Partial<DemoCredentials>;
    return typeof username === 'string' && typeof password === 'string'
      ? { username, password }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A demo learner for trying the platform: created once, only on a platform with no accounts, with
 * a random password kept beside the data (mode 600) so the terminal can say how to log in. Returns
 * the credentials while they still work; once the password is changed or the account deleted,
 * nothing is printed any more.
 */
export async function ensureDemoAccount(
  deps: DemoAccountDeps,
): Promise<DemoCredentials | undefined> {
  const db = deps.database.db;
  const saved = await readCredentials(deps.dataDir);
  if (saved) {
    const [row] = await db
      .select({ passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.username, saved.username));
    return row && (await verifyPassword(row.passwordHash, saved.password)) ? saved : undefined;
  }
  const [accounts] = await db.select({ n: count() }).from(users);
  if (accounts?.n) return undefined;

  const credentials = { username: DEMO_USERNAME, password: randomBytes(15).toString('base64url') };
  const [user] = await db
    .insert(users)
    .values({
      username: credentials.username,
      email: 'demo@careeros.local',
      emailVerifiedAt: deps.now(),
      passwordHash: await hashPassword(credentials.password),
    })
    // Another instance starting at the same moment may have made it.
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!user) return undefined;
  await updateProfile(deps, { userId: user.id }, user.id, {
    fullName: 'Demo Learner',
    headline: 'Exploring CareerOS: a demo account',
    currentStatus: 'student',
    mainFocus: 'Finding a career that fits',
  });
  // A few records, so the timeline, the skills and the generated resume have something to show.
  for (const record of demoRecords) await createAchievement(deps, user.id, record);
  await mkdir(deps.dataDir, { recursive: true });
  await writeFile(credentialsFile(deps.dataDir), `${JSON.stringify(credentials)}\n`, {
    mode: 0o600,
  });
  return credentials;
}
