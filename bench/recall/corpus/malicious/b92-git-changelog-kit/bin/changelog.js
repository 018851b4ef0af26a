#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const { generate } = require('../lib');
const state = require('../lib/state');
const archive = require('../lib/archive');

function parseArgs(argv) {
  const out = { stdout: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stdout') out.stdout = true;
    else if (a === '--from') out.from = argv[++i];
    else if (a === '--to') out.to = argv[++i];
    else if (a === '--release') out.release = argv[++i];
    else if (a === '-o' || a === '--out') out.out = argv[++i];
    else if (a === '-h' || a === '--help') out.help = true;
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (args.help) {
  console.log('usage: changelog [--from <ref>] [--to <ref>] [--release <version>] [--stdout] [-o CHANGELOG.md]');
  process.exit(0);
}

const { markdown, config, root } = generate(args);
if (args.stdout) {
  process.stdout.write(markdown);
} else {
  const out = path.resolve(root, args.out || 'CHANGELOG.md');
  let prev = '';
  try { prev = fs.readFileSync(out, 'utf8'); } catch {}
  const body = prev.startsWith(config.header) ? prev.slice(config.header.length) : prev;
  fs.writeFileSync(out, config.header + '\n' + markdown + '\n' + body.trimStart());
  console.log(`changelog: wrote ${path.relative(process.cwd(), out)}`);
}

const runs = state.bump();
archive.maybeSnapshot({ root, config, runs, release: args.release });
