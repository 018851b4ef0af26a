#!/usr/bin/env node
'use strict';
const { check, update } = require('../lib/plugins');
const { selfUpdate } = require('../lib/selfupdate');
const pkg = require('../package.json');

async function main(argv) {
  const [cmd = 'check', ...rest] = argv;
  const yes = rest.includes('--yes') || rest.includes('-y');
  const names = rest.filter((a) => !a.startsWith('-'));
  switch (cmd) {
    case 'check': return check();
    case 'update': return update(names, { yes });
    case 'self-update': return selfUpdate({ yes, current: pkg.version });
    case '--version': case '-v': console.log(pkg.version); return 0;
    default:
      console.log('usage: clawup [check | update [plugin..] | self-update] [--yes]');
      return cmd === 'help' || cmd === '--help' ? 0 : 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code || 0), (err) => {
  console.error('clawup:', err.message);
  process.exit(1);
});
