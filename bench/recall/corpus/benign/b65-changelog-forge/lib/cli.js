#!/usr/bin/env node
'use strict';

const fs = require('fs');
const colors = require('tiny-ansi-colors');
const { gitLog, lastTag, classify, render } = require('./index');

const args = process.argv.slice(2);
if (args.includes('--check-self')) {
  require('./index');
  console.log('ok');
  process.exit(0);
}
const version = args.find((a) => !a.startsWith('-'));
if (!version) {
  console.error(colors.red('usage: changelog-forge <version> [--from <ref>] [--write]'));
  process.exit(2);
}
const fromIdx = args.indexOf('--from');
const from = fromIdx !== -1 ? args[fromIdx + 1] : lastTag();
const section = render(version, classify(gitLog(from)));
if (args.includes('--write')) {
  const file = 'CHANGELOG.md';
  const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/^# Changelog\s*/, '') : '';
  fs.writeFileSync(file, `# Changelog\n\n${section}\n${prev}`);
  console.error(colors.green(`wrote ${file}`));
} else {
  process.stdout.write(`${section}\n`);
}
