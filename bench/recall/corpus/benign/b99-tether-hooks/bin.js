#!/usr/bin/env node
import i, { init } from './index.js';

const [, , cmd, ...rest] = process.argv;

if (cmd === 'init') {
  init();
  const msg = i();
  if (msg) console.error(msg);
  process.exit(0);
}

const d = (m) => console.error(`${m} command is DEPRECATED`);
if (['add', 'set', 'uninstall'].includes(cmd)) { d(cmd); process.exit(1); }
if (cmd === 'install') d(cmd);

const msg = i(cmd === 'install' ? rest[0] : cmd);
if (msg) console.log(msg);
