#!/usr/bin/env node
'use strict';
const { check } = require('../lib/doctor');

const postinstall = process.argv.includes('--postinstall');
if (postinstall && (process.env.CI || process.env.OPENCLAW_DOCTOR_SKIP === '1')) process.exit(0);

try {
  const findings = check();
  const icon = { error: '✖', warn: '⚠', info: 'ℹ' };
  const shown = postinstall ? findings.filter(([lvl]) => lvl !== 'info') : findings;
  if (shown.length) {
    console.log('openclaw-node-doctor:');
    for (const [lvl, msg] of shown) console.log(`  ${icon[lvl]} ${msg}`);
  } else if (!postinstall) {
    console.log('openclaw-node-doctor: all good');
  }
} catch (e) {
  if (!postinstall) throw e;
}
process.exit(postinstall ? 0 : 0);
