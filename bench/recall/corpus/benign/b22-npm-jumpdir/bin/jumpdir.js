#!/usr/bin/env node
'use strict';
const { add, query } = require('../src/db');
const { setup, initScript, detectShell } = require('../src/shell');

const [cmd, ...rest] = process.argv.slice(2);
const flags = new Set(rest.filter((a) => a.startsWith('--')));
const args = rest.filter((a) => !a.startsWith('--'));

(async () => {
  switch (cmd) {
    case 'init':
      process.stdout.write(initScript(args[0] || detectShell()) + '\n');
      break;
    case 'add':
      if (args[0]) add(args[0]);
      break;
    case 'query': {
      const r = query(args);
      if (!r.length) process.exit(1);
      process.stdout.write(r[0] + '\n');
      break;
    }
    case 'setup':
      await setup({ shell: args[0], yes: flags.has('--yes'), uninstall: flags.has('--uninstall'), dryRun: flags.has('--dry-run') });
      break;
    default:
      console.log('usage: jumpdir setup [bash|zsh|fish] [--yes] [--dry-run] [--uninstall]\n       jumpdir init <shell> | add <dir> | query <terms...>\n\nAfter setup, use `j <terms>` to jump.');
  }
})();
