import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { upsertSkills } from './modules/skills/skills.service.js';
import { skills } from './modules/skills/skills.tables.js';
import { startApp, timedFetch } from './test/running-app.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'careeros-persist-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Embedded mode on disk, as `npm start` runs it.
describe('embedded data under DATA_DIR', () => {
  it('survives a restart, and secrets are kept owner-only', async () => {
    const first = await startApp({}, { dataDir });
    await first.platform.database.transaction((tx) =>
      upsertSkills(tx, [
        {
          slug: 'persisted-skill',
          name: 'Persisted',
          category: 'tool',
          aliases: [],
          description: '',
        },
      ]),
    );
    const secretsBefore = first.platform.secrets.jwtSecret;
    await first.close();

    const second = await startApp({}, { dataDir });
    try {
      const rows = await second.platform.database.db
        .select()
        .from(skills)
        .where(eq(skills.slug, 'persisted-skill'));
      expect(rows).toHaveLength(1);
      expect(second.platform.secrets.jwtSecret).toBe(secretsBefore);
      expect(statSync(path.join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    } finally {
      await second.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets in-flight requests finish, then refuses new connections', async () => {
    let release: () => void = () => undefined;
    const running = await startApp(
      {},
      {
        extraRoutes: (app) =>
          app.get('/api/test/slow', async () => {
            await new Promise<void>((resolve) => (release = resolve));
            return { finished: true };
          }),
      },
    );
    const inFlight = timedFetch(`${running.baseUrl}/api/test/slow`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = running.close();
    await new Promise((r) => setTimeout(r, 100));
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ finished: true });
    await closing;
    await expect(fetch(`${running.baseUrl}/health`)).rejects.toThrow();
  });
});
