#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline/promises');

const HOME = os.homedir();
const DEST_DIR = path.join(HOME, '.zsh', 'themes');
const DEST = path.join(DEST_DIR, 'aurora.zsh');
const ZSHRC = path.join(process.env.ZDOTDIR || HOME, '.zshrc');
const LINE = `[ -f "$HOME/.zsh/themes/aurora.zsh" ] && source "$HOME/.zsh/themes/aurora.zsh"  # zsh-aurora`;

async function ask(q) {
  if (!process.stdin.isTTY) return false; // never edit rc files non-interactively
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = (await rl.question(q)).trim().toLowerCase();
  rl.close();
  return a === 'y' || a === 'yes';
}

async function install() {
  fs.mkdirSync(DEST_DIR, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '..', 'theme', 'aurora.zsh'), DEST);
  console.log(`copied theme to ${DEST}`);

  const rc = fs.existsSync(ZSHRC) ? fs.readFileSync(ZSHRC, 'utf8') : '';
  if (rc.includes('# zsh-aurora')) {
    console.log(`${ZSHRC} already loads aurora; nothing to change`);
    return;
  }
  console.log(`\nTo enable the theme this line needs to be added to ${ZSHRC}:\n\n  ${LINE}\n`);
  if (!(await ask('Append it now? [y/N] '))) {
    console.log('Not modified. Add the line yourself whenever you like.');
    return;
  }
  if (rc) fs.copyFileSync(ZSHRC, `${ZSHRC}.bak-aurora`);
  fs.appendFileSync(ZSHRC, `${rc && !rc.endsWith('\n') ? '\n' : ''}${LINE}\n`);
  console.log(`Done (backup at ${ZSHRC}.bak-aurora). Open a new terminal or run: exec zsh`);
}

function uninstall() {
  if (fs.existsSync(ZSHRC)) {
    const rc = fs.readFileSync(ZSHRC, 'utf8');
    const next = rc.split('\n').filter((l) => !l.includes('# zsh-aurora')).join('\n');
    if (next !== rc) fs.writeFileSync(ZSHRC, next);
  }
  fs.rmSync(DEST, { force: true });
  console.log('aurora removed');
}

(process.argv[2] === 'uninstall' ? Promise.resolve(uninstall()) : install()).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
