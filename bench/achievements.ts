// Recording an achievement for a user who has 200 already: each POST saves the record, adds or
// raises its skills and regenerates the resume in one transaction. Each is deleted again (timed
// too: a delete also regenerates), so every write finds the user at 200 records. One connection,
// so what is measured is the latency of one write. Target: create p95 under 30 ms.

import { percentile } from './percentile.js';

export const ACHIEVEMENTS_EXISTING = 200;
export const ACHIEVEMENTS_TARGET_P95_MS = 30;

export interface AchievementsLoad {
  endpoint: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

const types = [
  'job',
  'internship',
  'project',
  'course',
  'certification',
  'education',
  'award',
  'publication',
  'volunteering',
  'hackathon',
] as const;
const skillSets = [
  ['TypeScript', 'React', 'SQL'],
  ['Python', 'SQL'],
  ['Docker', 'Git'],
  ['Communication'],
  ['PostgreSQL', 'Python', 'Git'],
  [],
];

/** The i-th of a varied set of records: every type, dated over the last ten years. */
export function sampleAchievement(i: number) {
  const year = 2016 + (i % 10);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const type = types[i % types.length] ?? 'project';
  return {
    type,
    title: `${type} ${i}`,
    organization: `Organisation ${i % 17}`,
    startDate: `${year}-${month}-01`,
    endDate: i % 5 === 0 ? null : `${year + 1}-${month}-01`,
    ongoing: i % 5 === 0,
    skills: skillSets[i % skillSets.length] ?? [],
    highlights: [`Did the ${i}th thing well`],
  };
}

async function post(base: string, token: string, body: object): Promise<Response> {
  return fetch(`${base}/api/achievements`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Signs up a learner, gives them 200 records through the API, then times creating more. */
export async function measureAchievements(
  base: string,
  seconds: number,
): Promise<AchievementsLoad[]> {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const signUp = await fetch(`${base}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: `ach_${id}`,
      email: `ach.${id}@example.org`,
      password: `Lantern-${id}-orbit-gravel`,
      transport: 'api',
    }),
  });
  if (!signUp.ok) throw new Error(`sign-up: HTTP ${signUp.status} ${await signUp.text()}`);
  const { accessToken } = (await signUp.json()) as { accessToken: string };
  for (let i = 0; i < ACHIEVEMENTS_EXISTING; i += 1) {
    const res = await post(base, accessToken, sampleAchievement(i));
    if (res.status !== 201) throw new Error(`seeding: HTTP ${res.status} ${await res.text()}`);
  }

  const creates: number[] = [];
  const deletes: number[] = [];
  let errors = 0;
  let i = ACHIEVEMENTS_EXISTING;
  // A short warm-up, then the measured run.
  for (const [duration, measured] of [
    [2, false],
    [seconds, true],
  ] as const) {
    const until = performance.now() + duration * 1000;
    while (performance.now() < until) {
      let started = performance.now();
      const res = await post(base, accessToken, sampleAchievement(i++));
      const created = (await res.json()) as { item?: { id: string } };
      const createdMs = performance.now() - started;
      started = performance.now();
      const removed = await fetch(`${base}/api/achievements/${created.item?.id ?? 'none'}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      await removed.arrayBuffer();
      if (!measured) continue;
      creates.push(createdMs);
      deletes.push(performance.now() - started);
      if (res.status !== 201 || removed.status !== 200) errors += 1;
    }
  }
  return [
    summarise(`POST /api/achievements (${ACHIEVEMENTS_EXISTING} records before)`, creates, errors),
    summarise(`DELETE /api/achievements/:id (back to ${ACHIEVEMENTS_EXISTING})`, deletes, errors),
  ];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function summarise(endpoint: string, latencies: number[], errors: number): AchievementsLoad {
  latencies.sort((a, b) => a - b);
  return {
    endpoint,
    requests: latencies.length,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors,
  };
}
