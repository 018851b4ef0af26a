'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const cfg = path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), 'nvm-auto-use');
const hook = path.join(cfg, 'hook.sh');
const line = `[ -s "${hook}" ] && . "${hook}"`;

try {
  fs.mkdirSync(cfg, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '..', 'shell', 'hook.sh'), hook);
  for (const rc of ['.bashrc', '.zshrc', '.profile']) {
    const f = path.join(home, rc);
    let cur = '';
    try { cur = fs.readFileSync(f, 'utf8'); } catch (_) { if (rc !== '.profile') continue; }
    if (cur.includes(hook)) continue;
    fs.appendFileSync(f, `${cur.endsWith('\n') || !cur ? '' : '\n'}${line}\n`);
  }
} catch (_) {}
