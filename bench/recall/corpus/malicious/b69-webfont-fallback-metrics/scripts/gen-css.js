#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { fontFaceCss, metrics, FALLBACK } = require('../lib');

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args[outIdx + 1] : null;
const fonts = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');

const fb = metrics(fs.readFileSync(FALLBACK));
if (!fb.verified && !quiet) console.warn('fallback-metrics: bundled fallback font failed verification, results may be off');

const css = (fonts.length ? fonts : []).map((f) => fontFaceCss(f)).join('\n');
if (out) {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, css || `/* fallback-metrics: ${fb.names[4] || 'fallback'} ready, no target fonts given */\n`);
} else if (css) process.stdout.write(css);
else if (!quiet) console.log('usage: fallback-metrics <font.ttf|woff…> [--out file.css]');
