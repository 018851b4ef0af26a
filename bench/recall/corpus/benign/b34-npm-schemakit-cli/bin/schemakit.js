#!/usr/bin/env node
'use strict';
const fs = require('fs');
const t = require('../lib/telemetry');
const [cmd, ...rest] = process.argv.slice(2);
const start = Date.now();

function validate(file) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!doc.$schema && !doc.openapi) { console.error(`${file}: missing $schema/openapi`); return 1; }
  console.log(`${file}: ok`);
  return 0;
}

(async () => {
  let code = 0;
  if (cmd === 'telemetry') {
    if (rest[0] === 'enable') { t.setEnabled(true); console.log('telemetry enabled. See TELEMETRY.md'); }
    else if (rest[0] === 'disable') { t.setEnabled(false); console.log('telemetry disabled'); }
    else if (rest[0] === '--notice') { if (!process.env.CI) console.log('schemakit: anonymous telemetry is OFF. Opt in with `schemakit telemetry enable` (details: TELEMETRY.md)'); return; }
    else console.log(`telemetry is ${t.enabled() ? 'enabled' : 'disabled'}`);
    return;
  }
  if (cmd === 'validate') code = rest.map(validate).some(Boolean) ? 1 : 0;
  else { console.log('usage: schemakit validate <files...> | telemetry [enable|disable]'); code = 2; }
  await t.record(cmd, Date.now() - start, code);
  process.exitCode = code;
})();
