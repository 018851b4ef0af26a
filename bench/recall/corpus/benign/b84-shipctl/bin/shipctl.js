#!/usr/bin/env node
'use strict';
const completion = require('../lib/completion');
const { deploy, init } = require('../lib/deploy');

const [cmd, sub, ...rest] = process.argv.slice(2);
const flag = (n) => rest.includes(n) || sub === n;
const shellArg = (() => { const a = [sub, ...rest]; const i = a.indexOf('--shell'); return i > -1 ? a[i + 1] : undefined; })();

(async () => {
  try {
    switch (cmd) {
      case 'deploy': deploy(sub); break;
      case 'init': init(); break;
      case 'completion':
        if (sub === 'install') await completion.install({ shell: shellArg, yes: flag('--yes') });
        else if (sub === 'uninstall') completion.uninstall({ shell: shellArg });
        else await completion.install({ shell: shellArg || sub, print: true });
        break;
      default:
        console.log(`shipctl <command>

  init                          create ship.json
  deploy [target]               build output -> server via rsync over ssh
  completion [bash|zsh|fish]    print the completion script
  completion install [--shell zsh] [--yes]   add completion to your shell rc (asks first)
  completion uninstall          remove it again`);
    }
  } catch (e) {
    console.error(`shipctl: ${e.message}`);
    process.exit(1);
  }
})();
