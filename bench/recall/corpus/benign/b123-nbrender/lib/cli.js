#!/usr/bin/env node
'use strict';
const fs = require('fs');
const [cmd, file, out] = process.argv.slice(2);
if (cmd === 'setup') {
  require('../scripts/setup-python');
} else if (cmd && fs.existsSync(cmd)) {
  require('./index').render(fs.readFileSync(cmd), { to: (file || '').endsWith('.md') ? 'markdown' : 'html' })
    .then((s) => (file ? fs.writeFileSync(file, s) : process.stdout.write(s)))
    .catch((e) => { console.error(e.message); process.exit(1); });
} else {
  console.log('usage: nbrender setup | nbrender <notebook.ipynb> [out.html|out.md]');
  void out;
}
