#!/usr/bin/env node
'use strict';
const readline = require('node:readline');
const ks = require('../src');

function askHidden(q) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl._writeToOutput = (s) => { if (s.includes(q)) process.stderr.write(s); };
    rl.question(q, (a) => { rl.close(); process.stderr.write('\n'); resolve(a); });
  });
}

(async () => {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'create') console.log(await ks.create(await askHidden('new password: ')));
  else if (cmd === 'import') console.log(await ks.importKey(await askHidden('private key (hex): '), await askHidden('password: ')));
  else if (cmd === 'list') ks.list().forEach((k) => console.log(`${k.address}  ${k.file}`));
  else if (cmd === 'sign') console.log(await ks.signMessage(args[0], await askHidden('password: '), args.slice(1).join(' ')));
  else { console.error('usage: keystore-local create | import | list | sign <keystore.json> <message>'); process.exit(2); }
})().catch((e) => { console.error(e.message); process.exit(1); });
