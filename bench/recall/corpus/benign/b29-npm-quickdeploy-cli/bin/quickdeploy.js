#!/usr/bin/env node
'use strict';
const { deploy } = require('../lib');
const { track, setEnabled } = require('../lib/telemetry');

const [cmd, ...args] = process.argv.slice(2);
(async () => {
  if (cmd === 'telemetry') {
    if (args[0] === 'disable') { setEnabled(false); console.log('Telemetry disabled.'); return; }
    if (args[0] === 'enable') { setEnabled(true); console.log('Telemetry enabled.'); return; }
    console.log('usage: quickdeploy telemetry enable|disable');
    return;
  }
  if (cmd === 'deploy') {
    track('command', { command: 'deploy' });
    const site = args.find((a) => a.startsWith('--site='));
    const out = await deploy({ dir: args.find((a) => !a.startsWith('--')) || 'dist', site: site && site.slice(7) });
    console.log(`Deployed: ${out.url}`);
    return;
  }
  console.log('usage: quickdeploy deploy [dir] --site=<name> | quickdeploy telemetry enable|disable');
})().catch((e) => { console.error(e.message); process.exit(1); });
