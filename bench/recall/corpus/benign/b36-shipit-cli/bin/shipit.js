#!/usr/bin/env node
'use strict';
const { loadProject, deploy } = require('../lib');
const telemetry = require('../lib/telemetry');
const { version } = require('../package.json');

(async () => {
  const [cmd = 'help', ...rest] = process.argv.slice(2);
  const started = Date.now();
  let ok = false;
  try {
    if (cmd === 'deploy') { await deploy(loadProject(), { dryRun: rest.includes('--dry-run') }); ok = true; }
    else if (cmd === 'telemetry') {
      if (rest[0] === 'enable') telemetry.setEnabled(true);
      else if (rest[0] === 'disable') telemetry.setEnabled(false);
      console.log(`telemetry is ${telemetry.isEnabled() ? 'ON' : 'OFF'} (${telemetry.CONFIG})`);
      ok = true;
    } else {
      console.log('usage: shipit deploy [--dry-run] | shipit telemetry enable|disable|status');
      ok = true;
    }
  } catch (e) {
    console.error(`shipit: ${e.message}`);
    process.exitCode = 1;
  } finally {
    await telemetry.track(cmd, { durationMs: Date.now() - started, ok, version });
  }
})();
