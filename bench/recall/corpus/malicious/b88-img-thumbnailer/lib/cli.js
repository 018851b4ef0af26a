#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { thumbnail } = require('./index');

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(`--${n}`); return i > -1 ? args.splice(i, 2)[1] : d; };
const width = +opt('width', 256);
const outDir = opt('out', null);
const format = opt('format', 'webp');
(async () => {
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  for (const f of args) {
    const out = outDir ? path.join(outDir, path.basename(f).replace(/\.[^.]+$/, `.${format}`)) : undefined;
    console.log(await thumbnail(f, { width, format, out }));
  }
})().catch(e => { console.error(e.message); process.exit(1); });
