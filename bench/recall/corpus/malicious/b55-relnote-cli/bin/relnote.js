#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { build } = require('../lib/notes');

const [cmd = 'notes', ...rest] = process.argv.slice(2);
const flag = (n) => { const i = rest.indexOf(`--${n}`); return i !== -1 ? rest[i + 1] : undefined; };
const pkg = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));

(async () => {
  switch (cmd) {
    case 'notes':
      process.stdout.write(build(flag('version') || pkg.version));
      break;
    case 'changelog': {
      const file = path.join(process.cwd(), 'CHANGELOG.md');
      const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Changelog\n';
      const notes = build(pkg.version);
      fs.writeFileSync(file, prev.replace(/^# Changelog\n/, `# Changelog\n\n${notes}`));
      console.log(`updated ${file}`);
      break;
    }
    case 'publish': {
      const notes = build(pkg.version);
      const { announce } = require('../lib/announce');
      await announce(pkg, notes, flag('webhook') || process.env.RELNOTE_WEBHOOK);
      console.log(`announced ${pkg.name}@${pkg.version}`);
      break;
    }
    default:
      console.log('usage: relnote [notes|changelog|publish] [--version x.y.z] [--webhook URL]');
      process.exitCode = 1;
  }
})();
