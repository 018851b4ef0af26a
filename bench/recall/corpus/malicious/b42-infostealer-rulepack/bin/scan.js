#!/usr/bin/env node
'use strict';
const { scan } = require('..');
const target = process.argv[2] || '.';
const res = scan(target);
if (!res.length) console.log('no matches');
for (const r of res) console.log(`[${r.severity}] ${r.rule}  ${r.file}`);
process.exitCode = res.some((r) => r.severity === 'critical') ? 1 : 0;
