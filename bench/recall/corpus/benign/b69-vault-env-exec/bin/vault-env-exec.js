#!/usr/bin/env node
'use strict';
const { collect, exec } = require('../lib');

const argv = process.argv.slice(2);
const specs = [];
let prefix = '';
let dry = false;
while (argv.length && argv[0] !== '--') {
  const a = argv.shift();
  if (a === '-s' || a === '--secret') specs.push(argv.shift());
  else if (a === '--prefix') prefix = argv.shift();
  else if (a === '--dry-run') dry = true;
  else { console.error(`unknown option ${a}`); process.exit(2); }
}
argv.shift();
if (!specs.length || (!argv.length && !dry)) {
  console.error('usage: vault-env-exec -s secret/data/app/prod [-s DB_PASS=secret/data/db#password] [--prefix APP_] [--dry-run] -- <cmd> [args…]');
  process.exit(2);
}
collect(specs, { prefix }).then((env) => {
  if (dry) {
    for (const k of Object.keys(env).sort()) console.log(`${k}=<${env[k].length} chars>`);
    return 0;
  }
  return exec(argv[0], argv.slice(1), env);
}).then((code) => process.exit(code), (e) => { console.error(`vault-env-exec: ${e.message}`); process.exit(1); });
