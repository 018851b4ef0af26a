#!/usr/bin/env node
'use strict';
// Prints rules in the resolved config that conflict with this preset.
const path = require('path');
const { rules } = require('../index.js');
const target = process.argv[2] || 'index.js';
let ESLint;
try { ({ ESLint } = require(require.resolve('eslint', { paths: [process.cwd()] }))); } catch (_) {
  console.error('eslint is not installed in this project'); process.exit(2);
}
(async () => {
  const cfg = await new ESLint().calculateConfigForFile(path.resolve(target));
  const bad = Object.entries(cfg.rules || {}).filter(([name, v]) => name in rules && rules[name] === 'off' && (Array.isArray(v) ? v[0] : v) !== 'off' && (Array.isArray(v) ? v[0] : v) !== 0);
  if (!bad.length) { console.log('No conflicting rules found.'); return; }
  console.log('The following rules are unnecessary or might conflict with the formatter:\n');
  for (const [n] of bad) console.log(`- ${n}`);
  process.exitCode = 2;
})();
