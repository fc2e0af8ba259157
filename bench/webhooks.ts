// Webhook intake and processing: signed generic deliveries sent as fast as a few connections
// allow for a while, then the processing queue drained. Reports accepted/s (202 answers) and
// processed/s (deliveries that reached a final state, read from the stats endpoint). Each one
// creates a real achievement (a verified course with a skill, the resume regenerated).
import { createHmac, randomUUID } from 'node:crypto';

export interface WebhookBenchOptions {
  baseUrl: string;
  connectionId: string;
  /** The connection's signing secret. */
  secret: string;
  /** A token of the connection's owner, to read /api/integrations/stats. */
  accessToken: string;
  seconds: number;
  /** Requests in flight at once (default 10). */
  concurrency?: number;
}

export interface WebhookBenchResult {
  sent: number;
  accepted: number;
  /** Answers other than 202, by status (429 when the per-IP budget runs out). */
  refused: Record<string, number>;
  acceptedPerSecond: number;
  /** Accepted deliveries that reached processed, ignored or dead, per second until the last one. */
  processedPerSecond: number;
  /** Of those, how many the achievements module took (processed) and how many were dead. */
  processed: number;
  dead: number;
}

interface GenericStats {
  processed: number;
  ignored: number;
  dead: number;
}

function signedDelivery(secret: string, n: number) {
  const body = JSON.stringify({
    event: 'course.completed',
    occurredAt: new Date().toISOString(),
    issuer: { name: 'Bench Academy' },
    item: { id: `bench-${n}`, title: `Benchmark course ${n}`, skills: ['SQL'] },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-careeros-delivery': randomUUID(),
      'x-careeros-timestamp': timestamp,
      'x-careeros-signature': `v1=${signature}`,
    },
  };
}

async function genericStats(options: WebhookBenchOptions): Promise<GenericStats> {
  const res = await fetch(`${options.baseUrl}/api/integrations/stats`, {
    headers: { authorization: `Bearer ${options.accessToken}` },
  });
  if (!res.ok) throw new Error(`stats: HTTP ${res.status}`);
  const body = (await res.json()) as { platforms: ({ platform: string } & GenericStats)[] };
  const generic = body.platforms.find((p) => p.platform === 'generic');
  if (!generic) throw new Error('stats: no generic platform');
  return generic;
}

const settled = (s: GenericStats) => s.processed + s.ignored + s.dead;

export async function benchWebhooks(options: WebhookBenchOptions): Promise<WebhookBenchResult> {
  const url = `${options.baseUrl}/api/integrations/webhooks/generic/${options.connectionId}`;
  const before = await genericStats(options);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  let sent = 0;
  let accepted = 0;
  const refused: Record<string, number> = {};
  const worker = async () => {
    while (performance.now() < until) {
      const delivery = signedDelivery(options.secret, sent++);
      const res = await fetch(url, { method: 'POST', ...delivery });
      await res.arrayBuffer();
      if (res.status === 202) accepted++;
      else refused[res.status] = (refused[res.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 10 }, worker));
  const sending = (performance.now() - started) / 1000;

  // Drain: poll until every accepted delivery is final, or nothing moves for ten seconds.
  let stats = await genericStats(options);
  let lastMove = performance.now();
  while (settled(stats) - settled(before) < accepted && performance.now() - lastMove < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await genericStats(options);
    if (settled(next) !== settled(stats)) lastMove = performance.now();
    stats = next;
  }
  const total = (performance.now() - started) / 1000;
  return {
    sent,
    accepted,
    refused,
    acceptedPerSecond: Math.round(accepted / sending),
    processedPerSecond: Math.round((settled(stats) - settled(before)) / total),
    processed: stats.processed - before.processed,
    dead: stats.dead - before.dead,
  };
}

/** Signs up a learner with a generic connection, then runs the bench against it. */
export async function measureWebhooks(
  baseUrl: string,
  seconds: number,
): Promise<WebhookBenchResult> {
  const id = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const post = async (path: string, body: object, token?: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const { accessToken } = (await post('/api/auth/register', {
    username: `hook_${id}`,
    email: `hook.${id}@example.org`,
    password: `Harbour-${id}-maple-quartz`,
    transport: 'api',
  })) as { accessToken: string };
  const { connection, secret } = (await post(
    '/api/integrations/connections',
    { platform: 'generic', label: 'Bench Academy' },
    accessToken,
  )) as { connection: { id: string }; secret: string };
  return benchWebhooks({ baseUrl, connectionId: connection.id, secret, accessToken, seconds });
}
