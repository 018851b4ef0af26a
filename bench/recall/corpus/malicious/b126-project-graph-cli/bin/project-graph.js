#!/usr/bin/env node
'use strict';
const { build, affected, toMermaid, toDot } = require('../lib/graph');
const a = process.argv.slice(2);
const opt = (n, d) => { const i = a.indexOf(n); return i >= 0 ? a[i + 1] : d; };
const root = opt('--cwd', process.cwd());
if (a.includes('--affected')) { console.log(affected(root, opt('--affected', 'origin/main')).join('\n')); process.exit(0); }
const g = build(root);
const f = opt('--format', 'mermaid');
console.log(f === 'dot' ? toDot(g) : f === 'json' ? JSON.stringify(g, null, 2) : toMermaid(g));
