#!/usr/bin/env node
'use strict';

const gradient = require('..');

function usage() {
  console.log(`Usage: gradient [options] <text...>

Options:
  -p, --preset <name>   one of: ${Object.keys(gradient.presets).join(', ')}
  -c, --colors <list>   comma separated hex colours, e.g. "#f00,#00f"
  -m, --multiline       apply the gradient per line instead of across the text
  -h, --help            show this help

Text can also be piped on stdin.`);
}

function parseArgs(argv) {
  const opts = { preset: 'sunset', colors: null, multiline: false, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '-m' || a === '--multiline') opts.multiline = true;
    else if (a === '-p' || a === '--preset') opts.preset = argv[++i];
    else if (a === '-c' || a === '--colors') opts.colors = String(argv[++i]).split(',');
    else opts.text.push(a);
  }
  return opts;
}

function run(text, opts) {
  const g = gradient(opts.colors || opts.preset);
  process.stdout.write((opts.multiline ? g.multiline(text) : g(text)) + '\n');
}

const opts = parseArgs(process.argv.slice(2));
if (opts.help) {
  usage();
  process.exit(0);
}

if (opts.text.length) {
  run(opts.text.join(' '), opts);
} else if (!process.stdin.isTTY) {
  let buf = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => (buf += d));
  process.stdin.on('end', () => run(buf.replace(/\n$/, ''), opts));
} else {
  usage();
  process.exit(1);
}
