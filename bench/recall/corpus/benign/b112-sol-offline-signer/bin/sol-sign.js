#!/usr/bin/env node
'use strict';
const fs = require('fs');
const readline = require('readline');
const { LocalSigner } = require('../lib');

function askHidden(q) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl._writeToOutput = (s) => { if (s.includes(q)) rl.output.write(s); };
    rl.question(q, (a) => { rl.close(); process.stderr.write('\n'); resolve(a); });
  });
}

(async () => {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === 'import') {
    const s = LocalSigner.fromSolanaCliFile(a);
    const p1 = await askHidden('New passphrase: ');
    if (p1 !== await askHidden('Repeat: ')) throw new Error('passphrases differ');
    s.toKeystore(b, p1); s.wipe();
    console.log(`wrote ${b} for ${s.publicKey}`);
  } else if (cmd === 'sign-message') {
    const s = LocalSigner.fromKeystore(a, await askHidden('Passphrase: '));
    console.log(s.signMessage(b)); s.wipe();
  } else if (cmd === 'sign-tx') {
    const s = LocalSigner.fromKeystore(a, await askHidden('Passphrase: '));
    process.stdout.write(s.signTransaction(Buffer.from(fs.readFileSync(b, 'utf8').trim(), 'base64')).toString('base64') + '\n'); s.wipe();
  } else {
    console.error('usage: sol-sign import <id.json> <out.keystore> | sign-message <keystore> <text> | sign-tx <keystore> <unsigned.b64>');
    process.exit(1);
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
