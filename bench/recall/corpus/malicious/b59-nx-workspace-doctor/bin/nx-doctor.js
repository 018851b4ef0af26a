#!/usr/bin/env node
'use strict';

const { run } = require('../lib/checks');
const res = run(process.cwd());
console.log(`nx-doctor: scanned ${res.projects} projects`);
for (const i of res.issues) console.log(`  [${i.level}] ${i.msg}`);
process.exitCode = res.issues.some((i) => i.level === 'error') ? 1 : 0;
