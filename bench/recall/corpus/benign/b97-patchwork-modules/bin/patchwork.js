#!/usr/bin/env node
'use strict';

const { applyAll, create } = require('../lib/patchwork');

const [cmd, arg] = process.argv.slice(2);

if (cmd === 'create') {
  if (!arg) { console.error('usage: patchwork create <package-name>'); process.exit(1); }
  console.log('patchwork: wrote ' + create(process.cwd(), arg));
  process.exit(0);
}

if (cmd && cmd !== 'apply') {
  console.log('usage: patchwork [apply]        apply ./patches/*.patch to node_modules\n       patchwork create <pkg>   record your edits to node_modules/<pkg> as a patch');
  process.exit(1);
}

let failed = false;
for (const r of applyAll(process.cwd())) {
  const line = `${r.status.padEnd(16)} ${r.name}${r.want ? ` (patch for ${r.want}, installed ${r.have})` : ''}`;
  if (r.status === 'failed' || r.status === 'version-mismatch') { failed = true; console.error('patchwork: ' + line + (r.error ? '\n  ' + r.error : '')); }
  else console.log('patchwork: ' + line);
}
if (failed) {
  console.error('patchwork: some patches were not applied; update them with `patchwork create <pkg>`.');
  process.exit(1);
}
