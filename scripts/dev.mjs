// `npm run dev`: the API restarts on change (tsx watch) and Vite serves the web app with hot reload;
// the browser talks to Vite on PORT, which forwards API paths to the server on API_PORT.
import { spawn } from 'node:child_process';
import { checkNode, ensureNpmPackages, log, root } from './lib/bootstrap.mjs';

checkNode();
ensureNpmPackages();
const port = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '3001';
const children = [
  spawn('npx', ['--no-install', 'tsx', 'watch', '--clear-screen=false', 'server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: apiPort,
      HOST: '127.0.0.1',
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
      LOG_PRETTY: process.env.LOG_PRETTY ?? 'true',
    },
  }),
  spawn(
    'npx',
    ['--no-install', 'vite', '--config', 'web/vite.config.ts', '--port', port, '--strictPort'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, API_PORT: apiPort },
    },
  ),
];
log(`development server on http://localhost:${port} (API on ${apiPort})`);
const stop = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', () => {
    stop();
    process.exitCode = child.exitCode ?? 0;
  });
