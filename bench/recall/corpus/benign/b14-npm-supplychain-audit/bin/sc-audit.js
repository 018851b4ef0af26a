#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { SCRIPT_RULES, CODE_RULES, KNOWN_BAD } = require('../lib/rules');

const root = path.resolve(process.argv[2] || '.');
const json = process.argv.includes('--json');
const findings = [];

function* packages(dir, depth = 0) {
  const nm = path.join(dir, 'node_modules');
  if (depth > 6 || !fs.existsSync(nm)) return;
  for (const e of fs.readdirSync(nm)) {
    if (e.startsWith('.')) continue;
    const dirs = e.startsWith('@') ? fs.readdirSync(path.join(nm, e)).map((s) => path.join(nm, e, s)) : [path.join(nm, e)];
    for (const d of dirs) {
      if (fs.existsSync(path.join(d, 'package.json'))) { yield d; yield* packages(d, depth + 1); }
    }
  }
}

for (const dir of packages(root)) {
  let pj;
  try { pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')); } catch { continue; }
  const id = `${pj.name}@${pj.version}`;
  if ((KNOWN_BAD[pj.name] || []).includes(pj.version)) findings.push({ id, rule: 'known-compromised', sev: 'critical', where: 'package.json' });
  for (const hook of ['preinstall', 'install', 'postinstall']) {
    const s = pj.scripts && pj.scripts[hook];
    if (!s) continue;
    for (const r of SCRIPT_RULES) if (r.re.test(s)) findings.push({ id, rule: r.id, sev: r.sev, where: `scripts.${hook}` });
  }
  const main = path.join(dir, pj.main || 'index.js');
  if (fs.existsSync(main) && fs.statSync(main).size < 2 * 1024 * 1024) {
    const src = fs.readFileSync(main, 'utf8');
    for (const r of CODE_RULES) if (r.re.test(src)) findings.push({ id, rule: r.id, sev: r.sev, where: path.relative(dir, main) });
    if (/^.{2000,}$/m.test(src)) findings.push({ id, rule: 'very-long-line', sev: 'low', where: path.relative(dir, main) });
  }
}

if (json) console.log(JSON.stringify(findings, null, 2));
else if (!findings.length) console.log('No findings.');
else for (const f of findings) console.log(`[${f.sev.toUpperCase()}] ${f.id} ${f.rule} (${f.where})`);
process.exitCode = findings.some((f) => f.sev === 'critical') ? 2 : 0;
