// Guidance reads and writes on the full O*NET import, at 20 connections: career matches for a
// profile, explorer search (distinct misspelt queries, each asked once), gap
// analysis, roadmap generation. Target: p99 under 50 ms for each read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export const GUIDANCE_CONNECTIONS = 20;
const SOFTWARE_DEVELOPERS = '15-1252.00';

export interface GuidanceLoad {
  endpoint: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Distinct search texts from the release's alternate titles, each with one letter dropped (a
 * different letter on each pass), enough that the measured run never repeats a query and so
 * never gets a cached answer.
 */
export function misspeltTitles(releaseDir: string, count: number): string[] {
  const lines = readFileSync(path.join(releaseDir, 'Alternate Titles.txt'), 'utf8').split(/\r?\n/);
  const titles = new Set<string>();
  for (let pass = 0; pass < 3 && titles.size < count; pass += 1) {
    for (let i = 1; i < lines.length && titles.size < count; i += 1) {
      const title = lines[i]?.split('\t')[1]?.trim();
      // The search takes at most 100 characters.
      if (!title || title.length < 8 || title.length > 90) continue;
      const drop = 2 + ((i + pass * 7) % (title.length - 3));
      titles.add(`${title.slice(0, drop)}${title.slice(drop + 1)}`.toLowerCase());
    }
  }
  return [...titles];
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function measure(
  endpoint: string,
  options: autocannon.Options,
  duration: number,
): Promise<GuidanceLoad> {
  const request = { connections: GUIDANCE_CONNECTIONS, ...options };
  await autocannon({ ...request, duration: 2 });
  const result = await autocannon({ ...request, duration });
  return {
    endpoint,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Signs up a learner with a few skills and measures the guidance endpoints against `base`. */
export async function measureGuidance(
  base: string,
  releaseDir: string,
  duration: number,
): Promise<GuidanceLoad[]> {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const { accessToken } = await json<{ accessToken: string }>(
    await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: `guide_${id}`,
        email: `guide.${id}@example.org`,
        password: `Lantern-${id}-orbit-gravel`,
        transport: 'api',
      }),
    }),
    'sign-up',
  );
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  for (const [name, proficiency] of [
    ['Python', 'advanced'],
    ['SQL', 'intermediate'],
    ['Critical Thinking', 'advanced'],
    ['JavaScript', 'beginner'],
  ]) {
    await json(
      await fetch(`${base}/api/me/skills`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ name, proficiency }),
      }),
      `adding ${name}`,
    );
  }

  const queries = misspeltTitles(releaseDir, 100_000);
  let next = 0;
  const results: GuidanceLoad[] = [];
  results.push(
    await measure(
      'GET /api/career-matches (a profile)',
      {
        url: `${base}/api/career-matches?realistic=8&investigative=34&artistic=20&social=10&enterprising=14&conventional=26&limit=20`,
      },
      duration,
    ),
  );
  const search = await measure(
    'GET /api/occupations?q=',
    {
      url: `${base}/api/occupations`,
      requests: [
        {
          setupRequest: (request) => {
            const q = queries[next++ % queries.length] ?? 'developer';
            return { ...request, path: `/api/occupations?q=${encodeURIComponent(q)}&limit=20` };
          },
        },
      ],
    },
    duration,
  );
  // Says whether every request (warm-up included) asked something new, i.e. nothing was cached.
  const distinct = Math.min(next, queries.length);
  results.push({
    ...search,
    endpoint: `GET /api/occupations?q= (${next} requests, ${distinct} distinct misspelt titles)`,
  });
  results.push(
    await measure(
      'GET /api/occupations?q=sofware develper (the same query again and again)',
      { url: `${base}/api/occupations?q=sofware%20develper&limit=20` },
      duration,
    ),
  );
  results.push(
    await measure(
      `GET /api/me/gaps/${SOFTWARE_DEVELOPERS}`,
      { url: `${base}/api/me/gaps/${SOFTWARE_DEVELOPERS}`, headers },
      duration,
    ),
  );
  const { questions } = await json<{
    questions: { id: string; options?: { value: string }[] }[];
  }>(
    await fetch(`${base}/api/roadmaps/questions?occupation=${SOFTWARE_DEVELOPERS}`, { headers }),
    'roadmap questions',
  );
  // The longest timeline and most hours, so the roadmap fits; the first option elsewhere.
  const answers: Record<string, string | number> = {
    experience: 'some',
    timeline: 36,
    hoursPerWeek: 40,
    learningStyle: 'mixed',
  };
  for (const q of questions) answers[q.id] ??= q.options?.[0]?.value ?? '';
  results.push(
    await measure(
      'POST /api/roadmaps (generate and save)',
      {
        url: `${base}/api/roadmaps`,
        method: 'POST',
        headers,
        body: JSON.stringify({ occupation: SOFTWARE_DEVELOPERS, answers }),
      },
      duration,
    ),
  );
  return results;
}
