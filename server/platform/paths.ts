import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whether running from source (server/) or from the build (dist/server/). */
export function repoRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromBuild = here.split(path.sep).includes('dist');
  return path.resolve(here, fromBuild ? '../../..' : '../..');
}

export const paths = {
  migrations: () => path.join(repoRoot(), 'server', 'migrations'),
  catalog: (file: string) => path.join(repoRoot(), 'data', 'catalog', file),
  webDist: () => path.join(repoRoot(), 'dist', 'web'),
};
