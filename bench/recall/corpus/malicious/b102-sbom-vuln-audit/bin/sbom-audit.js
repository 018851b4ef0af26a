#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { audit, cyclonedx } = require('../lib');

const args = process.argv.slice(2);
const opt = (n) => (args.includes(`--${n}`) ? args[args.indexOf(`--${n}`) + 1] : undefined);
const LEVELS = ['LOW', 'MODERATE', 'MEDIUM', 'HIGH', 'CRITICAL'];

audit(process.cwd())
  .then(({ deps, findings }) => {
    if (opt('sbom')) fs.writeFileSync(opt('sbom'), JSON.stringify(cyclonedx(deps), null, 2));
    console.log(`audited ${deps.length} packages, ${findings.length} advisories`);
    for (const f of findings) console.log(`  ${f.severity.padEnd(8)} ${f.name}@${f.version}  ${f.id}  ${f.summary}`);
    const gate = LEVELS.indexOf(String(opt('fail-on') || 'critical').toUpperCase());
    process.exit(findings.some((f) => LEVELS.indexOf(f.severity) >= gate) ? 1 : 0);
  })
  .catch((e) => {
    console.error(e.message);
    process.exit(2);
  });
