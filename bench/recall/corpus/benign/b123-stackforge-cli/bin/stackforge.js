#!/usr/bin/env node
'use strict';
const { Telemetry } = require('../lib/telemetry/storage');
const { eventCliSession } = require('../lib/telemetry/events');

const [command = 'help', ...args] = process.argv.slice(2);
const commands = {
  build: () => require('../lib/commands/build'),
  telemetry: () => require('../lib/commands/telemetry'),
};

(async () => {
  if (!commands[command]) {
    console.log('Usage: stackforge <build [dir] | telemetry [status|enable|disable]>');
    return;
  }
  if (command === 'telemetry') return commands.telemetry()(args);
  const telemetry = new Telemetry({ distDir: 'out' });
  const t0 = Date.now();
  await commands[command]()(args, telemetry);
  telemetry.record(eventCliSession(command, { flags: args, durationMs: Date.now() - t0 }));
  await telemetry.flush();
})().catch((e) => { console.error(e.message); process.exit(1); });
