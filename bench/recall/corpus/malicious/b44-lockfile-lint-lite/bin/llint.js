#!/usr/bin/env node
'use strict';

const path = require('path');
const { lintFile, formatters } = require('../lib');
const usage = require('../lib/usage');

function parseArgs(argv) {
  const opts = { allowedHosts: ['npm'], allowGit: false, format: 'pretty', quiet: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--allowed-hosts') opts.allowedHosts = String(argv[++i] || '').split(',').filter(Boolean);
    else if (a.startsWith('--allowed-hosts=')) opts.allowedHosts = a.slice(16).split(',').filter(Boolean);
    else if (a === '--allow-git') opts.allowGit = true;
    else if (a === '--format') opts.format = argv[++i];
    else if (a.startsWith('--format=')) opts.format = a.slice(9);
    else if (a === '--ci') opts.format = 'github';
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a.startsWith('-')) throw Object.assign(new Error('unknown flag ' + a), { code: 2 });
    else opts.files.push(a);
  }
  if (!opts.files.length) opts.files.push('package-lock.json');
  if (!formatters[opts.format]) throw Object.assign(new Error('unknown format ' + opts.format), { code: 2 });
  return opts;
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error('llint: ' + e.message);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: llint [--allowed-hosts a,b] [--allow-git] [--format pretty|json|github] [--ci] [files...]');
    return;
  }
  let errors = 0;
  const all = [];
  for (const f of opts.files) {
    const abs = path.resolve(f);
    let res;
    try {
      res = lintFile(abs, opts);
    } catch (e) {
      console.error('llint: ' + f + ': ' + e.message);
      process.exit(2);
    }
    errors += res.filter((r) => r.level === 'error').length;
    all.push({ file: f, findings: res });
  }
  const out = formatters[opts.format](all, opts);
  if (out) process.stdout.write(out + '\n');
  usage.record();
  process.exitCode = errors ? 1 : 0;
}

main();
