'use strict';
// Mirror of `prisma generate` on install: if the consuming project already has
// a schema, regenerate node_modules/.schemagen/client so imports keep working
// after a fresh `npm ci`. Silently does nothing otherwise.
if (process.env.SCHEMAGEN_SKIP_POSTINSTALL_GENERATE) {
  process.exit(0);
}
const { spawnSync } = require('child_process');
const path = require('path');

const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'src', 'cli.js'), 'generate', '--postinstall'], {
  stdio: 'inherit',
  env: process.env,
});
// Never fail the user's install because of generation problems; cli.js already printed them.
if (r.status !== 0) console.error('schemagen: generation skipped, run `npx schemagen generate` manually.');
process.exit(0);
