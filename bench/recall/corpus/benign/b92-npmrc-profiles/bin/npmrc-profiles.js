#!/usr/bin/env node
'use strict';

const p = require('../lib');
const [cmd, a, b] = process.argv.slice(2);

try {
  switch (cmd) {
    case 'save': console.log(`saved ${p.save(a)}`); break;
    case 'use': { const bk = p.use(a); console.log(`now using "${a}"${bk ? ` (previous file backed up to ${bk})` : ''}`); break; }
    case 'list': for (const r of p.list()) console.log(`${r.current ? '*' : ' '} ${r.name}`); break;
    case 'show': console.log(p.show()); break;
    case 'set': { const bk = p.set(a, b); console.log(`set ${a}${bk ? ` (backup: ${bk})` : ''}`); break; }
    default:
      console.log('usage: npmrc-profiles save <name> | use <name> | list | show | set <key> <value>');
      process.exitCode = cmd ? 1 : 0;
  }
} catch (e) {
  console.error(`npmrc-profiles: ${e.message}`);
  process.exitCode = 1;
}
