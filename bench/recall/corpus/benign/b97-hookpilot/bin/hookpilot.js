#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { install, add, uninstall } = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
try {
  switch (cmd) {
    case 'init': {
      console.log(install());
      const pkgFile = path.join(process.cwd(), 'package.json');
      if (fs.existsSync(pkgFile)) {
        const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
        pkg.scripts = pkg.scripts || {};
        if (!pkg.scripts.prepare) {
          pkg.scripts.prepare = 'hookpilot install';
          fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
          console.log('added "prepare": "hookpilot install" to package.json');
        }
      }
      console.log(add('pre-commit', 'npm test'));
      break;
    }
    case 'install': console.log(install()); break;
    case 'add': console.log(add(rest[0], rest.slice(1).join(' '))); break;
    case 'uninstall': console.log(uninstall()); break;
    default:
      console.log('usage: hookpilot init | install | add <hook> <command> | uninstall');
      process.exit(cmd ? 1 : 0);
  }
} catch (e) {
  console.error('hookpilot: ' + e.message);
  process.exit(1);
}
