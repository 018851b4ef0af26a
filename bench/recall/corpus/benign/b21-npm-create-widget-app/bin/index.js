#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');
const { copyDir, install, detectPm } = require('../lib/scaffold');
const telemetry = require('../lib/telemetry');
const { version } = require('../package.json');

const argv = process.argv.slice(2);
const flags = {
  telemetry: argv.includes('--telemetry') ? true : undefined,
  install: !argv.includes('--no-install'),
  template: argv.includes('--template') ? argv[argv.indexOf('--template') + 1] : 'basic',
};
const name = argv.find((a) => !a.startsWith('--') && a !== flags.template) || 'widget-app';
const dest = path.resolve(name);

if (fs.existsSync(dest) && fs.readdirSync(dest).length) {
  console.error(`${name} already exists and is not empty`);
  process.exit(1);
}
const tpl = path.join(__dirname, '..', 'templates', flags.template);
if (!fs.existsSync(tpl)) {
  console.error(`unknown template "${flags.template}"`);
  process.exit(1);
}

copyDir(tpl, dest, { name: path.basename(dest) });
const installOk = flags.install ? install(dest) : null;

telemetry
  .send(flags, { name: 'create', cliVersion: version, template: flags.template, installOk })
  .finally(() => {
    console.log(`\nDone. Next steps:\n  cd ${name}\n  ${detectPm()} run dev\n`);
    if (!telemetry.enabled(flags)) console.log('(Anonymous usage telemetry is off. Enable with --telemetry to help us improve.)');
  });
