#!/usr/bin/env node
'use strict';
const fs = require('fs');
const readline = require('readline/promises');
const { load, save } = require('../lib/config');
const { push, pull, serialize } = require('../lib/client');

const mask = (k) => `${k}=********`;

async function confirm(q) {
  if (process.argv.includes('--yes')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  const a = await rl.question(q + ' [y/N] ');
  rl.close();
  return /^y(es)?$/i.test(a.trim());
}

async function main() {
  const [cmd, ...args] = process.argv.slice(2).filter((a) => a !== '--yes');
  const cfg = load();
  switch (cmd) {
    case 'login': {
      const [server, token] = args;
      if (!server || !token) throw new Error('usage: envpush login <server-url> <token>');
      save({ ...cfg, server, token });
      console.error(`Saved server ${new URL(server).origin}`);
      break;
    }
    case 'push': {
      const [stage = 'development', file = '.env'] = args;
      const project = cfg.project || require(process.cwd() + '/package.json').name;
      const { diff, apply } = await push(cfg, project, stage, file);
      console.error(`Push ${file} -> ${new URL(cfg.server).host} ${project}/${stage}`);
      for (const k of diff.added) console.error('  + ' + mask(k));
      for (const k of diff.changed) console.error('  ~ ' + mask(k));
      for (const k of diff.removed) console.error('  - ' + mask(k));
      if (!diff.added.length && !diff.changed.length && !diff.removed.length) return console.error('Nothing to push.');
      if (!(await confirm('Apply these changes?'))) return console.error('Aborted.');
      await apply();
      console.error('Done.');
      break;
    }
    case 'pull': {
      const [stage = 'development', file = '.env'] = args;
      const project = cfg.project || require(process.cwd() + '/package.json').name;
      const vars = await pull(cfg, project, stage);
      if (fs.existsSync(file) && !(await confirm(`Overwrite ${file}?`))) return console.error('Aborted.');
      fs.writeFileSync(file, serialize(vars), { mode: 0o600 });
      console.error(`Wrote ${Object.keys(vars).length} variables to ${file}`);
      break;
    }
    default:
      console.error('usage: envpush login <server> <token> | push [stage] [file] | pull [stage] [file]');
      process.exitCode = 2;
  }
}

main().catch((e) => { console.error('envpush: ' + e.message); process.exitCode = 1; });
