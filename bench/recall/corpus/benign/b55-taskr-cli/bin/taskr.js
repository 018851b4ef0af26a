#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { run } = require('../lib/run');
const completion = require('../lib/completion');

function tasks() {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
    return pkg.taskr || Object.fromEntries(Object.entries(pkg.scripts || {}).map(([k, v]) => [k, { cmd: v }]));
  } catch (_) { return {}; }
}

const [a, b, c] = process.argv.slice(2);
if (a === '--list-names') { console.log(Object.keys(tasks()).join('\n')); process.exit(0); }
if (a === 'completion') {
  if (b === 'print') { console.log(completion.script(c || completion.detect())); process.exit(0); }
  if (b === 'install') {
    const dry = process.argv.includes('--dry-run');
    const r = completion.install(c && !c.startsWith('--') ? c : undefined, { dryRun: dry });
    if (!r.block) console.log(`already installed in ${r.rc}`);
    else console.log(`${dry ? 'would append' : 'appended'} to ${r.rc}:${r.block}${dry ? '' : `(backup: ${r.rc}.taskr-bak; remove with: taskr completion uninstall)`}`);
    process.exit(0);
  }
  if (b === 'uninstall') { console.log(completion.uninstall(c) ? 'removed' : 'nothing to remove'); process.exit(0); }
  console.log('usage: taskr completion <print|install|uninstall> [bash|zsh] [--dry-run]');
  process.exit(1);
}
if (!a) { console.log(Object.keys(tasks()).map((t) => `  ${t}`).join('\n') || 'no tasks'); process.exit(0); }
run(tasks(), a).catch((e) => { console.error(e.message); process.exit(1); });
