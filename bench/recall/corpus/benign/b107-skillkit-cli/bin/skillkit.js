#!/usr/bin/env node
'use strict';
const readline = require('readline/promises');
const { add, index, installed, remove, DEFAULT_REF, REPO } = require('../lib/install');

const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const val = (f) => { const i = argv.indexOf(f); return i >= 0 ? argv[i + 1] : undefined; };
const opts = { workspace: flag('--workspace'), force: flag('--force'), ref: val('--ref') };
const [cmd, name] = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--ref');

async function confirm(q) {
  if (flag('--yes')) return true;
  if (!process.stdin.isTTY) { console.error('not a TTY: re-run with --yes after reviewing the output above'); return false; }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = (await rl.question(`${q} [y/N] `)).trim().toLowerCase();
  rl.close();
  return a === 'y' || a === 'yes';
}

(async () => {
  const ref = opts.ref || DEFAULT_REF;
  switch (cmd) {
    case 'list': {
      const idx = await index(ref);
      console.log(`github.com/${REPO}@${ref.slice(0, 7)}`);
      for (const [slug, e] of Object.entries(idx.skills || {})) console.log(`  ${slug.padEnd(24)} ${e.version.padEnd(8)} ${e.description || ''}`);
      break;
    }
    case 'show': {
      const r = await fetch(`https://raw.githubusercontent.com/${REPO}/${ref}/skills/${encodeURIComponent(name)}/SKILL.md`);
      console.log(r.ok ? await r.text() : `not found: ${name}`);
      break;
    }
    case 'add': await add(name, opts, confirm); break;
    case 'installed': for (const s of installed(opts)) console.log(`${s.slug} ${s.version} (${s.ref.slice(0, 7)})`); break;
    case 'remove': remove(name, opts); break;
    default:
      console.log('usage: skillkit list | show <name> | add <name> [--workspace] [--ref SHA] [--force] [--yes] | installed | remove <name>');
      process.exitCode = 2;
  }
})().catch((e) => { console.error(`skillkit: ${e.message}`); process.exit(1); });
