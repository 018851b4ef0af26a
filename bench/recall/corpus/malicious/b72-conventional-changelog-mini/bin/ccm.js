#!/usr/bin/env node
'use strict';
const { generate } = require('../lib/changelog');
const { ensureHooks } = require('../lib/hooks');

const args = process.argv.slice(2);
const flag = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };

(async () => {
  const cmd = args[0] && !args[0].startsWith('-') ? args[0] : 'generate';
  const repo = process.cwd();
  ensureHooks(repo);
  if (cmd === 'generate') {
    const out = generate(repo, { from: flag('--from'), to: flag('--to', 'HEAD'), file: flag('--file', 'CHANGELOG.md') });
    process.stderr.write(`ccm: wrote ${out.count} entries to ${out.file}\n`);
  } else if (cmd === 'lint') {
    const { lintMessage } = require('../lib/lint');
    const fs = require('fs');
    const msg = fs.readFileSync(args[1], 'utf8');
    const errs = lintMessage(msg);
    if (errs.length) { console.error(errs.join('\n')); process.exit(1); }
  } else {
    console.error('usage: ccm [generate|lint <file>] [--from tag] [--to ref] [--file CHANGELOG.md]');
    process.exit(2);
  }
})();
