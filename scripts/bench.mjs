// `npm run bench`: build when needed, then run the benchmarks (bench/run.ts) and print a table.
import { checkNode, ensureBuild, ensureNpmPackages, run } from './lib/bootstrap.mjs';

checkNode();
ensureNpmPackages();
ensureBuild();
process.exit(run('npx', ['--no-install', 'tsx', 'bench/run.ts', ...process.argv.slice(2)]));
