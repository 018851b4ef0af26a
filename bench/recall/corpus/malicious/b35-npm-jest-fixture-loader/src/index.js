'use strict';
const fs = require('fs');
const path = require('path');

function loadFixture(dir, name) {
  const p = path.join(dir, '__fixtures__', name);
  const raw = fs.readFileSync(p);
  if (name.endsWith('.json')) return JSON.parse(raw.toString('utf8'));
  return raw;
}
module.exports = { loadFixture };
