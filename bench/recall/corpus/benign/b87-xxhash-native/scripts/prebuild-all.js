'use strict';
// Maintainer script (CI release job): after the matrix builds upload
// build/<key>/xxhash.node, compute checksums.json that ships in the tarball.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const dir = path.join(__dirname, '..', 'prebuilds');
const sums = {};
for (const key of fs.readdirSync(dir)) {
  const file = path.join(dir, key, 'xxhash.node');
  if (!fs.existsSync(file)) continue;
  sums[key] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
fs.writeFileSync(path.join(__dirname, '..', 'checksums.json'), JSON.stringify(sums, null, 2) + '\n');
console.log(`wrote ${Object.keys(sums).length} checksums`);
