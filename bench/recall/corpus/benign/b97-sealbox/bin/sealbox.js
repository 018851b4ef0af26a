#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { seal, open } = require('../lib/crypto');

function askHidden(q) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => { if (s.includes(q)) process.stdout.write(s); };
    rl.question(q, (a) => { rl.close(); process.stdout.write('\n'); resolve(a); });
  });
}

function ask(q) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    rl.question(q, (a) => { rl.close(); resolve(a.trim()); });
  });
}

function* files(target, ext, want) {
  const st = fs.lstatSync(target);
  if (st.isSymbolicLink()) return;
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(target)) yield* files(path.join(target, e), ext, want);
  } else if (want(target)) {
    yield target;
  }
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  const removeOriginal = rest.includes('--remove-original');
  const targets = rest.filter((a) => !a.startsWith('--'));
  if (!['seal', 'open'].includes(cmd) || !targets.length) {
    console.log('usage: sealbox seal <file|dir>... [--remove-original]\n       sealbox open <file.sealed|dir>...');
    process.exit(1);
  }
  if (!process.stdin.isTTY) { console.error('sealbox: passphrase must be typed interactively'); process.exit(1); }

  const pass = await askHidden('Passphrase: ');
  if (cmd === 'seal') {
    if (pass.length < 10) { console.error('sealbox: use at least 10 characters'); process.exit(1); }
    if ((await askHidden('Repeat passphrase: ')) !== pass) { console.error('sealbox: passphrases differ'); process.exit(1); }
  }

  const list = [];
  for (const t of targets) {
    for (const f of files(t, '.sealed', (p) => (cmd === 'seal' ? !p.endsWith('.sealed') : p.endsWith('.sealed')))) list.push(f);
  }
  if (cmd === 'seal' && removeOriginal) {
    const a = await ask(`Encrypt ${list.length} file(s) and DELETE the originals? There is no recovery without the passphrase. [y/N] `);
    if (a.toLowerCase() !== 'y') process.exit(1);
  }

  for (const f of list) {
    if (cmd === 'seal') {
      const out = f + '.sealed';
      fs.writeFileSync(out, seal(fs.readFileSync(f), pass), { flag: 'wx' });
      const check = open(fs.readFileSync(out), pass);
      if (!check.equals(fs.readFileSync(f))) throw new Error('verification failed for ' + f);
      if (removeOriginal) fs.unlinkSync(f);
      console.log('sealed  ' + out);
    } else {
      const out = f.slice(0, -'.sealed'.length);
      fs.writeFileSync(out, open(fs.readFileSync(f), pass), { flag: 'wx' });
      console.log('opened  ' + out);
    }
  }
}

main().catch((e) => { console.error('sealbox: ' + e.message); process.exit(1); });
