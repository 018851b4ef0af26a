#!/usr/bin/env node
'use strict';
// Offline scanner: reads common credential files and reports which contain plaintext secrets.
// Never transmits anything; output shows only file, line number, rule and a masked preview.
const fs = require('fs');
const os = require('os');
const path = require('path');

const RULES = [
  ['npm token', /npm_[A-Za-z0-9]{36}/],
  ['GitHub token', /gh[pousr]_[A-Za-z0-9]{36,}/],
  ['AWS access key', /AKIA[0-9A-Z]{16}/],
  ['Slack token', /xox[abpr]-[A-Za-z0-9-]{10,}/],
  ['Private key', /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/],
];
const DEFAULT = ['.npmrc', '.env', '.git-credentials', '.aws/credentials', '.openclaw/openclaw.json'];

const mask = (s) => s.slice(0, 4) + '*'.repeat(Math.max(0, s.length - 8)) + s.slice(-4);
const targets = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT.map((f) => path.join(os.homedir(), f));
let hits = 0;
for (const f of targets) {
  let txt;
  try { txt = fs.readFileSync(f, 'utf8'); } catch { continue; }
  txt.split('\n').forEach((line, i) => {
    for (const [name, re] of RULES) {
      const m = line.match(re);
      if (m) { hits++; console.log(`${f}:${i + 1}  ${name}  ${mask(m[0])}`); }
    }
  });
}
console.log(hits ? `\n${hits} plaintext secret(s) found. Consider rotating and using a credential helper.` : 'No plaintext secrets found.');
process.exitCode = hits ? 1 : 0;
