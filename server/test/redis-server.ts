import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TestRedisServer {
  readonly url: string;
  readonly port: number;
  /** Kills the server and waits for it to exit (data is not kept). */
  stop(): Promise<void>;
  /** Starts the server again on the same port. */
  start(): Promise<void>;
  /** SIGSTOP/SIGCONT: the port stays open but nothing answers, like a hung server. */
  pause(): void;
  resume(): void;
}

const INSTALL_HINT = 'run `apt-get install -y redis-server` (or set REDIS_SERVER_BIN)';

/** Spawns a throwaway redis-server on 127.0.0.1 for tests: no persistence, data in a temp dir. */
export async function startRedisServer(opts: { port?: number } = {}): Promise<TestRedisServer> {
  const bin = process.env.REDIS_SERVER_BIN ?? 'redis-server';
  const port = opts.port ?? (await findFreePort());
  let child: ChildProcess | undefined;
  let dir: string | undefined;

  const start = async (): Promise<void> => {
    if (child) return;
    dir = await mkdtemp(path.join(os.tmpdir(), 'careeros-redis-'));
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ];
    args.push('--dir', dir, '--daemonize', 'no', '--loglevel', 'warning');
    const proc = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    // A test run that ends without stop() must not leave a server behind.
    const killOnExit = () => proc.kill('SIGKILL');
    process.once('exit', killOnExit);
    proc.once('exit', () => process.off('exit', killOnExit));
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    proc.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const exited = new Promise<Error>((resolve) => {
      proc.once('error', (err: NodeJS.ErrnoException) =>
        resolve(
          err.code === 'ENOENT'
            ? new Error(`redis-server binary not found (${bin}): ${INSTALL_HINT}`)
            : err,
        ),
      );
      proc.once('exit', (code, signal) =>
        resolve(new Error(`redis-server exited early (code ${code}, signal ${signal}): ${output}`)),
      );
    });
    const failure = await Promise.race([exited, waitForPong(port, 10_000).then(() => undefined)]);
    if (failure) {
      child = undefined;
      await removeDir();
      throw failure;
    }
  };

  const removeDir = async (): Promise<void> => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  };

  const stop = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGCONT'); // a paused server would not act on SIGTERM
      proc.kill('SIGTERM');
      const killTimer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killTimer);
    }
    await removeDir();
  };

  const signal = (name: NodeJS.Signals) => {
    if (!child) throw new Error('redis-server is not running');
    child.kill(name);
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
  };
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}

/** Polls with a raw PING so the helper needs no Redis client. */
async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await pingOnce(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not answer PING on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function pingOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}
