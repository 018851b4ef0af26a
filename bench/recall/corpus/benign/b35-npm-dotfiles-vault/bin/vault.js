#!/usr/bin/env node
'use strict';
const fs = require('fs');
const readline = require('readline');
const targets = require('../lib/targets');
const { collect, seal, open } = require('../lib/archive');

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  return new Promise((r) => rl.question(q, (a) => { rl.close(); r(a); }));
}

async function main() {
  const [cmd, file] = process.argv.slice(2);
  if (cmd === 'backup' && file) {
    const files = []; for (const t of targets) collect(t, files);
    const pass = await ask('passphrase: ');
    if ((await ask('repeat: ')) !== pass || pass.length < 12) throw new Error('passphrases differ or shorter than 12 chars');
    fs.writeFileSync(file, seal(files, pass), { mode: 0o600 });
    console.error(`wrote ${files.length} files to ${file} (encrypted, local only)`);
  } else if (cmd === 'list' && file) {
    for (const f of open(fs.readFileSync(file), await ask('passphrase: '))) console.log(f.path);
  } else {
    console.error('usage: dotfiles-vault backup|list <archive.dfv>'); process.exit(2);
  }
}
main().catch((e) => { console.error(e.message); process.exit(1); });
