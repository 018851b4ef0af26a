'use strict';

const UNC_LONG = /^\\\\\?\\UNC\\/i;
const LONG = /^\\\\\?\\/;
const DRIVE = /^([a-zA-Z]):/;

function stripLong(p) {
  if (UNC_LONG.test(p)) return '\\\\' + p.slice(8);
  if (LONG.test(p)) return p.slice(4);
  return p;
}

function slashify(p, opts = {}) {
  if (typeof p !== 'string') throw new TypeError('path must be a string');
  let out = stripLong(p).replace(/\\/g, '/');
  const isUnc = out.startsWith('//');
  out = (isUnc ? '//' : '') + out.slice(isUnc ? 2 : 0).replace(/\/{2,}/g, '/');
  if (opts.lowerDrive !== false) out = out.replace(DRIVE, (_, d) => d.toLowerCase() + ':');
  if (opts.trailing === false && out.length > 1 && out.endsWith('/') && !/^[a-z]:\/$/i.test(out)) {
    out = out.slice(0, -1);
  }
  return out;
}

function backslashify(p) {
  return slashify(p, { lowerDrive: false }).replace(/\//g, '\\');
}

function toLongPath(p) {
  const b = backslashify(p);
  if (b.startsWith('\\\\')) return '\\\\?\\UNC\\' + b.slice(2);
  if (DRIVE.test(b)) return '\\\\?\\' + b;
  return b;
}

function isUnc(p) {
  return slashify(p).startsWith('//');
}

module.exports = { slashify, backslashify, toLongPath, isUnc, stripLong };
