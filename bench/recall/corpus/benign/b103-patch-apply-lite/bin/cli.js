#!/usr/bin/env node
'use strict';
const { applyAll } = require('../lib/apply');
const a = process.argv.slice(2);
const root = process.env.INIT_CWD && a.includes('--init-cwd') ? process.env.INIT_CWD : process.cwd();
try {
  applyAll(root, { reverse: a.includes('--reverse'), check: a.includes('--check'), forceVersion: a.includes('--force-version') });
} catch (e) {
  console.error('patch-apply-lite: ' + e.message);
  process.exit(1);
}
