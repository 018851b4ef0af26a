#!/usr/bin/env node
'use strict';

const path = require('path');
const { registries, addCustom, current, setRegistry, userRc } = require('../lib/npmrc');

const args = process.argv.slice(2);
const project = args.includes('--project');
const [cmd, a, b] = args.filter((x) => x !== '--project');
const file = project ? path.join(process.cwd(), '.npmrc') : userRc();

try {
  if (cmd === 'ls' || !cmd) {
    const cur = current(file);
    for (const [n, u] of Object.entries(registries())) console.log(`${u === cur ? '*' : ' '} ${n.padEnd(12)} ${u}`);
    if (cur && !Object.values(registries()).includes(cur)) console.log(`* (unnamed)    ${cur}`);
  } else if (cmd === 'use') {
    const url = registries()[a];
    if (!url) throw new Error(`unknown registry "${a}"; see \`regswitch ls\` or add one with \`regswitch add\``);
    const r = setRegistry(url, file);
    console.log(`${r.file}\n  registry: ${r.before || '(default)'} -> ${r.after}`);
  } else if (cmd === 'add') {
    if (!a || !b) throw new Error('usage: regswitch add <name> <https-url>');
    console.log(`added ${a} -> ${addCustom(a, b)}`);
  } else if (cmd === 'current') {
    console.log(current(file) || 'https://registry.npmjs.org/ (default)');
  } else {
    console.log('usage: regswitch [ls] | use <name> [--project] | add <name> <url> | current');
  }
} catch (e) {
  console.error('regswitch: ' + e.message);
  process.exit(1);
}
