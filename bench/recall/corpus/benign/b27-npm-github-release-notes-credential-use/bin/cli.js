#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { releaseNotes } = require('../lib');

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
if (!args.repo || !args.from) {
  console.error('usage: gh-release-notes --repo=owner/name --from=v1.2.0 [--to=v1.3.0] [--host=github.com] [--write=CHANGELOG.md]');
  process.exit(2);
}
releaseNotes(args).then((md) => {
  if (args.write) {
    const prev = fs.existsSync(args.write) ? fs.readFileSync(args.write, 'utf8') : '# Changelog\n';
    const [head, ...rest] = prev.split('\n');
    fs.writeFileSync(args.write, [head, '', md, ...rest].join('\n'));
    console.log(`updated ${args.write}`);
  } else {
    process.stdout.write(md);
  }
}).catch((e) => { console.error(e.message); process.exit(1); });
