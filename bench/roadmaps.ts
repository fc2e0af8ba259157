// Latency of gap analysis and roadmap generation under load, against a running server:
//
//   npx tsx bench/roadmaps.ts <baseUrl> [occupation code, default 15-1252.00]
//
// Start the server with a high RATE_LIMIT_PER_MINUTE (e.g. 1000000) so the limits do not answer
// instead, and with the O*NET import loaded for the figures that count. Each generation request
// saves a roadmap, as a user's would. The target is p99 under 50 ms at 20 connections.
import autocannon from 'autocannon';

const [baseArg, codeArg] = process.argv.slice(2);
if (!baseArg) {
  console.error('usage: npx tsx bench/roadmaps.ts <baseUrl> [occupation code]');
  process.exit(2);
}
const base = baseArg.replace(/\/+$/, '');
const code = codeArg ?? '15-1252.00';
const CONNECTIONS = 20;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TARGET_P99_MS = 50;

const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const registered = await fetch(`${base}/api/auth/register`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    username: `bench_${id}`,
    email: `bench.${id}@example.test`,
    password: `Lantern-${id}-orbit-gravel`,
    transport: 'api',
  }),
});
if (registered.status !== 201) throw new Error(`sign-up: HTTP ${registered.status}`);
const { accessToken } = (await registered.json()) as { accessToken: string };
const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };

const questions = await fetch(`${base}/api/roadmaps/questions?occupation=${code}`, { headers });
if (!questions.ok) throw new Error(`questions: HTTP ${questions.status}`);
const { questions: asked } = (await questions.json()) as {
  questions: { id: string; kind: string; options?: { value: string }[] }[];
};
// The longest timeline and most hours, so any occupation's roadmap fits; the first option else.
const answers: Record<string, string | number> = {
  experience: 'some',
  timeline: 36,
  hoursPerWeek: 40,
  learningStyle: 'mixed',
};
for (const q of asked) answers[q.id] ??= q.options?.[0]?.value ?? '';

const endpoints = [
  { name: `GET /api/me/gaps/${code}`, url: `${base}/api/me/gaps/${code}`, headers },
  {
    name: 'POST /api/roadmaps',
    url: `${base}/api/roadmaps`,
    method: 'POST' as const,
    headers,
    body: JSON.stringify({ occupation: code, answers }),
  },
];

let failed = false;
for (const { name, ...request } of endpoints) {
  const options = { ...request, connections: CONNECTIONS };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: DURATION });
  const errors = result.errors + result.timeouts + result.non2xx;
  const ok = result.latency.p99 < TARGET_P99_MS && errors === 0;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`,
  );
}
console.log(
  `autocannon: ${CONNECTIONS} connections, ${DURATION} s per endpoint after a 2 s warm-up`,
);
process.exit(failed ? 1 : 0);
