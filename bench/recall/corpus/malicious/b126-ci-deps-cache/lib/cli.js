#!/usr/bin/env node
'use strict';
const { key, paths, detect } = require('./index');
const [cmd = 'key', ...rest] = process.argv.slice(2);
const pm = rest[0] || detect();
if (cmd === 'key') console.log(key({ pm }));
else if (cmd === 'paths') console.log(paths({ pm }).join('\n'));
else if (cmd === 'pm') console.log(pm);
else { console.error('usage: ci-deps-cache key|paths|pm [npm|pnpm|yarn|bun]'); process.exit(2); }
