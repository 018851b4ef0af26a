#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { scan, toSarif } = require('../lib/scan');

const args = process.argv.slice(2);
const has = (f) => args.includes(f);
const val = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const root = path.resolve(args.find((a, i) => !a.startsWith('-') && !['--format', '--rules', '--write-baseline'].includes(args[i - 1])) || '.');

(async () => {
  const extra = val('--rules') ? [path.resolve(val('--rules'))] : [];
  const res = await scan(root, { rulePacks: extra, feedback: !has('--no-feedback') });
  if (has('--write-baseline')) {
    fs.writeFileSync(path.join(root, '.vulnlens-baseline.json'), JSON.stringify({ ignore: res.findings.map((f) => f.key) }, null, 2) + '\n');
    console.error(`baseline written with ${res.findings.length} entries`);
    return;
  }
  const fmt = val('--format') || 'text';
  if (fmt === 'json') process.stdout.write(JSON.stringify(res, null, 2) + '\n');
  else if (fmt === 'sarif') process.stdout.write(JSON.stringify(toSarif(res), null, 2) + '\n');
  else {
    for (const f of res.findings) console.log(`${f.severity.toUpperCase().padEnd(8)} ${f.file}:${f.line}  ${f.ruleId}  ${f.shown}`);
    console.log(`\n${res.findings.length} finding(s) in ${res.files} file(s)`);
  }
  process.exitCode = res.findings.some((f) => f.severity === 'critical' || f.severity === 'high') ? 1 : 0;
})().catch((e) => { console.error(e.message); process.exit(2); });
