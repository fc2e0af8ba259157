import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the server under test, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Where the server writes the emails it sends (.eml files), to follow emailed links. */
    outboxDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('outboxDir', path.join(server.dataDir, 'outbox'));
  return () => server.close();
}
