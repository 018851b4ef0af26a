#!/usr/bin/env node
'use strict';
const { init, snapshot, status } = require('../lib/backup');

const [cmd, ...rest] = process.argv.slice(2);
const flag = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined; };

const usage = `usage:
  openclaw-git-backup init --remote <git-url> [--branch main]
  openclaw-git-backup snapshot [--message "..."] [--no-push]
  openclaw-git-backup status`;

try {
  if (cmd === 'init') {
    const remote = flag('--remote');
    if (!remote) { console.error('init needs --remote <your git url>'); process.exit(2); }
    init({ remote, branch: flag('--branch') || 'main' });
  } else if (cmd === 'snapshot') {
    snapshot({ message: flag('--message'), push: !rest.includes('--no-push') });
  } else if (cmd === 'status') {
    status();
  } else {
    console.log(usage);
    process.exit(cmd ? 2 : 0);
  }
} catch (e) {
  console.error(`openclaw-git-backup: ${e.message}`);
  process.exit(1);
}
