import type { Database } from '../../platform/db/index.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { ApplyAchievement } from './achievement-sink.js';

export interface IntegrationsDeps {
  database: Database;
  jobs: JobQueue;
  /** Seals the connections' signing secrets at rest. */
  encryptionKey: Buffer;
  /** For the webhook URLs shown to the user. */
  publicUrl: string;
  now: () => Date;
  applyAchievement: ApplyAchievement;
}
