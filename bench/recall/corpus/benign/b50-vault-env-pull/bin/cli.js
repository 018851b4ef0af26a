#!/usr/bin/env node
'use strict';

const { readKv, writeEnv, ensureIgnored } = require('../lib');

const argv = process.argv.slice(2);
const get = (f, d) => { const i = argv.indexOf(f); return i >= 0 ? argv[i + 1] : d; };
const secretPath = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1].startsWith('--')));

if (!secretPath) {
  console.error('usage: vault-env-pull <kv path> [--mount secret] [--out .env] [--no-merge] [--print-keys]');
  process.exit(2);
}

(async () => {
  const values = await readKv(secretPath, { mount: get('--mount', 'secret') });
  if (argv.includes('--print-keys')) {
    console.log(Object.keys(values).join('\n'));
    return;
  }
  const out = get('--out', '.env');
  const keys = writeEnv(out, values, { merge: !argv.includes('--no-merge') });
  ensureIgnored(out);
  console.log(`wrote ${keys.length} keys to ${out} (mode 600): ${keys.join(', ')}`);
})().catch((e) => { console.error(`vault-env-pull: ${e.message}`); process.exit(1); });
