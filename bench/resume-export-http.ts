// Resume export through the HTTP API: a two-page resume (imported as JSON Resume) downloaded as
// PDF and as DOCX, at 1 and at 10 connections, each connection one request after another.
import { toJsonResume } from '../server/modules/resumes/render/json-resume.js';
import { twoPageResume } from '../server/modules/resumes/render/sample-content.js';
import { percentile } from './percentile.js';

export const EXPORT_CONNECTIONS = [1, 10] as const;

export interface ExportHttpLoad {
  endpoint: string;
  connections: number;
  requests: number;
  p50: number;
  p95: number;
  errors: number;
}

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Workers fetching in a loop for `seconds`; latencies in ms, the body read to the end. */
async function run(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
) {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.ok) times.push(performance.now() - start);
        else errors += 1;
      }
    }),
  );
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    errors,
  };
}

export async function measureResumeExport(
  base: string,
  seconds: number,
): Promise<ExportHttpLoad[]> {
  const account = {
    username: 'bench_resume',
    email: 'bench-resume@example.org',
    password: 'vivid-Otter-trumpet-42',
  };
  const { accessToken } = await json<{ accessToken: string }>(
    await fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...account, transport: 'api' }),
    }),
    'register',
  );
  const headers = { authorization: `Bearer ${accessToken}` };
  const { id } = await json<{ id: string }>(
    await fetch(`${base}/api/resumes/import`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ document: toJsonResume(twoPageResume), name: 'Two pages' }),
    }),
    'import',
  );
  const rows: ExportHttpLoad[] = [];
  for (const format of ['pdf', 'docx'] as const) {
    const url = `${base}/api/resumes/${id}/export?format=${format}`;
    await run(url, headers, 2, 1); // warm-up: fonts read, code compiled
    for (const connections of EXPORT_CONNECTIONS) {
      const result = await run(url, headers, connections, seconds);
      rows.push({
        endpoint: `GET /api/resumes/:id/export?format=${format}`,
        connections,
        ...result,
      });
    }
  }
  return rows;
}
