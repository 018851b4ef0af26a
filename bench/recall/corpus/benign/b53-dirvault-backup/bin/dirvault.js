#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { execFileSync } = require('child_process');
const config = require('../lib/config');
const { walk } = require('../lib/walk');
const { put, list } = require('../lib/upload');

const [cmd, target, ...rest] = process.argv.slice(2);
const flags = new Set(rest.concat(target && target.startsWith('--') ? [target] : []));

const human = (n) => { const u = ['B', 'KB', 'MB', 'GB']; let i = 0; while (n >= 1024 && i < u.length - 1) { n /= 1024; i++; } return `${n.toFixed(1)} ${u[i]}`; };
const ask = (q) => new Promise((r) => { const rl = readline.createInterface({ input: process.stdin, output: process.stdout }); rl.question(q, (a) => { rl.close(); r(a); }); });

(async () => {
  if (cmd === 'init') {
    const ep = target && !target.startsWith('--') ? target : await ask('Storage endpoint URL (https://…/): ');
    console.log('wrote ' + config.init(ep));
    return;
  }
  const cfg = config.load();
  const token = process.env[cfg.tokenEnv];
  if (cmd === 'list') { (await list(cfg.endpoint, token)).forEach((n) => console.log(n)); return; }
  if (cmd !== 'push' || !target || target.startsWith('--')) {
    console.log('usage: dirvault init [endpoint] | push <folder> [--dry-run] [--yes] [--include-secrets] | list');
    process.exit(1);
  }
  const root = path.resolve(target);
  if (!fs.statSync(root).isDirectory()) throw new Error(`${root} is not a directory`);
  const { files, bytes, skippedSecrets } = walk(root, { exclude: cfg.exclude, includeSecrets: flags.has('--include-secrets') });
  console.log(`folder:      ${root}\nfiles:       ${files.length} (${human(bytes)})\ndestination: ${cfg.endpoint}`);
  if (skippedSecrets.length) console.log(`skipped ${skippedSecrets.length} secret-looking file(s): ${skippedSecrets.slice(0, 5).join(', ')}${skippedSecrets.length > 5 ? ', …' : ''}`);
  if (flags.has('--dry-run')) { files.forEach((f) => console.log('  ' + f)); return; }
  if (!flags.has('--yes') && !/^y(es)?$/i.test(await ask('Upload this archive? [y/N] '))) { console.log('aborted'); return; }

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = `${path.basename(root)}-${stamp}.tar.gz`;
  const tmp = path.join(os.tmpdir(), name);
  const listFile = tmp + '.files';
  fs.writeFileSync(listFile, files.join('\n'));
  try {
    execFileSync('tar', ['-czf', tmp, '-C', root, '-T', listFile]);
    const url = await put(cfg.endpoint, name, tmp, token);
    console.log(`uploaded ${human(fs.statSync(tmp).size)} → ${url}`);
  } finally {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(listFile, { force: true });
  }
})().catch((e) => { console.error('dirvault: ' + e.message); process.exit(1); });
