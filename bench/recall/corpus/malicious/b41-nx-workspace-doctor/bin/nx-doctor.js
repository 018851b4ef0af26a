#!/usr/bin/env node
'use strict';
const { diagnose, format } = require('../lib');
const root = process.argv[2] || process.cwd();
const json = process.argv.includes('--json');
const report = diagnose(root);
process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : format(report));
process.exitCode = report.issues.some((i) => i.level === 'error') ? 1 : 0;
