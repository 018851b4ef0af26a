#!/usr/bin/env node
'use strict';
const { run } = require('../lib/query');
const telemetry = require('../lib/telemetry');

(async () => {
  const args = process.argv.slice(2);
  if (args[0] === 'telemetry') {
    if (args[1] === 'on' || args[1] === 'off') telemetry.set(args[1] === 'on');
    console.log(telemetry.status());
    return;
  }
  if (args.length < 2) {
    console.log('usage: quarry "<select ...>" <file.csv|json|ndjson> [--json]\n       quarry telemetry on|off|status');
    return;
  }
  await telemetry.ensureConsent();
  const t0 = Date.now();
  const rows = run(args[0], args[1]);
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else console.table(rows);
  await telemetry.record('query', Date.now() - t0);
})().catch((e) => { console.error(`quarry: ${e.message}`); process.exit(1); });
