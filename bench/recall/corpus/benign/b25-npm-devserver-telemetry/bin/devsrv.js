#!/usr/bin/env node
'use strict';
const path = require('path');
const telemetry = require('../lib/telemetry');
const { serve } = require('../lib/server');

const [cmd = 'serve', ...rest] = process.argv.slice(2);
const started = Date.now();

if (cmd === 'telemetry') {
  const sub = rest[0];
  if (sub === 'enable') { telemetry.enable(); console.log('Telemetry enabled. Thank you! See TELEMETRY.md for what is collected.'); }
  else if (sub === 'disable') { telemetry.disable(); console.log('Telemetry disabled.'); }
  else console.log('Telemetry: ' + telemetry.status());
} else if (cmd === 'serve') {
  const root = path.resolve(rest[0] || '.');
  const port = Number(process.env.PORT || 5173);
  const server = serve(root, port);
  process.on('SIGINT', async () => { server.close(); await telemetry.track('serve', Date.now() - started); process.exit(0); });
} else {
  console.log('usage: devsrv [serve [dir]] | devsrv telemetry [enable|disable|status]');
}
