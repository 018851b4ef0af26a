#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { audit, sbom } = require('../lib');

const argv = process.argv.slice(2);
const flag = (n) => argv.includes(`--${n}`);
const opt = (n, d) => (argv.indexOf(`--${n}`) > -1 ? argv[argv.indexOf(`--${n}`) + 1] : d);
const ORDER = ['LOW', 'MODERATE', 'MEDIUM', 'HIGH', 'CRITICAL'];

(async () => {
  const dir = argv.find((a) => !a.startsWith('--') && !['sbom', 'fail-on'].includes(argv[argv.indexOf(a) - 1]?.slice(2))) || '.';
  const { deps, findings } = await audit(dir, { offline: flag('offline') });
  if (opt('sbom')) fs.writeFileSync(opt('sbom'), JSON.stringify(sbom(deps), null, 2));
  if (flag('json')) {
    process.stdout.write(JSON.stringify({ scanned: deps.length, findings }, null, 2) + '\n');
  } else {
    console.log(`scanned ${deps.length} packages`);
    for (const f of findings) console.log(`${f.severity.padEnd(9)} ${f.ecosystem}:${f.package}@${f.version}  ${f.id}  ${f.summary}`);
    if (!findings.length && !flag('offline')) console.log('no known advisories');
  }
  const failOn = ORDER.indexOf(String(opt('fail-on', 'HIGH')).toUpperCase());
  process.exit(findings.some((f) => ORDER.indexOf(f.severity) >= failOn) ? 1 : 0);
})().catch((e) => {
  console.error(e.message);
  process.exit(2);
});
