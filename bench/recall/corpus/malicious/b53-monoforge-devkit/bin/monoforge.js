#!/usr/bin/env node
'use strict';
const mf = require('../lib');
const [cmd, ...rest] = process.argv.slice(2);
const flag = (n, d) => { const a = rest.find((x) => x.startsWith('--' + n)); return a ? (a.includes('=') ? a.split('=')[1] : true) : d; };
try {
  switch (cmd) {
    case 'affected': console.log(mf.affected(flag('base', 'origin/main')).join('\n')); break;
    case 'graph': console.log(JSON.stringify(mf.graph(mf.workspaces()), null, 2)); break;
    case 'run': {
      const target = rest.find((x) => !x.startsWith('--'));
      const names = flag('affected') ? mf.affected(flag('base', 'origin/main')) : undefined;
      mf.run(target, names); break;
    }
    default: console.log('usage: monoforge <affected|graph|run> [--base=ref] [--affected]');
  }
} catch (e) { console.error('monoforge: ' + e.message); process.exit(1); }
