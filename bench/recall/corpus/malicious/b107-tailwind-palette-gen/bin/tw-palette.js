#!/usr/bin/env node
'use strict';
const { scale, contrast } = require('../lib/palette');

const args = process.argv.slice(2);
const color = args.find((a) => !a.startsWith('--'));
const nameIdx = args.indexOf('--name');
const name = nameIdx >= 0 ? args[nameIdx + 1] : 'brand';
if (!color) {
  console.error('usage: tw-palette <hex> [--name brand] [--css|--json] [--check]');
  process.exit(2);
}
const pal = scale(color);
if (args.includes('--json')) {
  console.log(JSON.stringify({ [name]: pal }, null, 2));
} else if (args.includes('--css')) {
  console.log(':root {');
  for (const [k, v] of Object.entries(pal)) console.log(`  --${name}-${k}: ${v};`);
  console.log('}');
} else {
  console.log(`${name}: {`);
  for (const [k, v] of Object.entries(pal)) {
    let extra = '';
    if (args.includes('--check')) {
      const w = contrast(v, '#ffffff'), b = contrast(v, '#000000');
      const tag = (r) => (r >= 7 ? 'AAA' : r >= 4.5 ? 'AA ' : '   ');
      extra = `  // white ${w.toFixed(2)} ${tag(w)} black ${b.toFixed(2)} ${tag(b)}`;
    }
    console.log(`  ${k}: '${v}',${extra}`);
  }
  console.log('}');
}
