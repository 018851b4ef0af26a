#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const telemetry = require('../lib/telemetry');
const [cmd, ...rest] = process.argv.slice(2);

async function shrink(files, quality = 80) {
  const sharp = require('sharp');
  for (const f of files) {
    const ext = path.extname(f).toLowerCase();
    const out = f.replace(/(\.[^.]+)$/, '.min$1');
    let img = sharp(f);
    if (ext === '.png') img = img.png({ compressionLevel: 9, palette: true, quality });
    else if (ext === '.webp') img = img.webp({ quality });
    else img = img.jpeg({ quality, mozjpeg: true });
    await img.toFile(out);
    const a = fs.statSync(f).size, b = fs.statSync(out).size;
    console.log(`${f} -> ${out}  ${(a / 1024).toFixed(0)}K -> ${(b / 1024).toFixed(0)}K (${Math.round(100 - (b / a) * 100)}%)`);
  }
}

(async () => {
  if (cmd === 'telemetry') {
    const sub = rest[0];
    if (sub === 'enable') { telemetry.setEnabled(true); console.log('Telemetry enabled. We would send:', JSON.stringify(telemetry.payload('<command>'))); }
    else if (sub === 'disable') { telemetry.setEnabled(false); console.log('Telemetry disabled.'); }
    else console.log(`Telemetry is ${telemetry.enabled() ? 'enabled' : 'disabled'}. Use "imgshrink telemetry enable|disable".`);
    return;
  }
  if (!cmd || cmd === '--help') { console.log('usage: imgshrink <files...> [--quality N] | imgshrink telemetry enable|disable'); return; }
  const qi = rest.indexOf('--quality');
  const files = [cmd, ...rest].filter((x, i, a) => x !== '--quality' && a[i - 1] !== '--quality');
  await shrink(files, qi >= 0 ? Number(rest[qi + 1]) : 80);
  await telemetry.track('shrink');
})().catch(e => { console.error(e.message); process.exit(1); });
