'use strict';
const path = require('path');

function toLong(p) {
  if (process.platform !== 'win32') return p;
  const abs = path.resolve(p);
  if (abs.startsWith('\\\\?\\')) return abs;
  if (abs.startsWith('\\\\')) return '\\\\?\\UNC\\' + abs.slice(2);
  return '\\\\?\\' + abs;
}

module.exports = { toLong };
