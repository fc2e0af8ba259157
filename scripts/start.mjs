// `npm start`: install what is missing, build, then run the server (which migrates and seeds).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkNode, ensureBuild, ensureNpmPackages, log, root } from './lib/bootstrap.mjs';

checkNode();
ensureNpmPackages();
ensureBuild();

// Readable logs in a terminal unless the operator chose otherwise.
if (process.env.LOG_PRETTY === undefined && process.stdout.isTTY) process.env.LOG_PRETTY = 'true';
// A platform started this way is one to try: give it a demo learner unless told otherwise.
process.env.DEMO_ACCOUNT ??= 'true';
log('starting CareerOS ...');
// In this same process, so signals reach the server directly.
await import(pathToFileURL(path.join(root, 'dist', 'server', 'main.js')).href);
