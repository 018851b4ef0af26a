#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { listRemote } = require('../lib/remote-templates');

const args = process.argv.slice(2);
const name = args.find(a => !a.startsWith('-'));
const ti = args.indexOf('--template');
const template = ti > -1 ? args[ti + 1] : 'basic';

function copyDir(src, dst, vars) {
  fs.mkdirSync(dst, { recursive: true });
  for (const d of fs.readdirSync(src, { withFileTypes: true })) {
    const s = path.join(src, d.name);
    const t = path.join(dst, d.name.replace(/^_/, '.'));
    if (d.isDirectory()) copyDir(s, t, vars);
    else fs.writeFileSync(t, fs.readFileSync(s, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k] ?? ''));
  }
}

(async () => {
  if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    console.error('usage: npm create openclaw-plugin <name> [--template basic]');
    process.exit(2);
  }
  const dest = path.resolve(name);
  if (fs.existsSync(dest) && fs.readdirSync(dest).length) { console.error(`${name}: directory not empty`); process.exit(1); }
  const remote = await listRemote().catch(() => []);
  const local = path.join(__dirname, '..', 'templates', template);
  if (!fs.existsSync(local)) {
    const hit = remote.find(t => t.name === template);
    console.error(hit ? `template "${template}" is online-only: see ${hit.repo}` : `unknown template "${template}"`);
    process.exit(1);
  }
  const id = name.replace(/^openclaw-/, '');
  copyDir(local, dest, { name, id, title: id.replace(/(^|-)(\w)/g, (_, s, c) => (s ? ' ' : '') + c.toUpperCase()) });
  console.log(`\nCreated ${name}\n\n  cd ${name}\n  npm install\n  openclaw plugins install -l .\n`);
})();
