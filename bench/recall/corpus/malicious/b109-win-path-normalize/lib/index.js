'use strict';

const DRIVE = /^([a-zA-Z]):/;
const UNC = /^[\\/]{2}([^\\/]+)[\\/]+([^\\/]+)/;
const LONG = /^\\\\\?\\/;
const LONG_UNC = /^\\\\\?\\UNC\\/i;

function toBackslashes(p) {
  return p.replace(/\//g, '\\');
}

function stripLong(p) {
  if (LONG_UNC.test(p)) return '\\\\' + p.slice(8);
  if (LONG.test(p)) return p.slice(4);
  return p;
}

function split(p) {
  p = toBackslashes(stripLong(String(p)));
  let root = '';
  let m;
  if ((m = DRIVE.exec(p))) {
    root = m[1].toUpperCase() + ':\\';
    p = p.slice(2);
  } else if ((m = UNC.exec(p))) {
    root = `\\\\${m[1]}\\${m[2]}\\`;
    p = p.slice(m[0].length);
  } else if (p.startsWith('\\')) {
    root = '\\';
  }
  return { root, parts: p.split('\\').filter(Boolean) };
}

function normalize(p) {
  const { root, parts } = split(p);
  const out = [];
  for (const seg of parts) {
    if (seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!root) out.push('..');
      continue;
    }
    out.push(seg.replace(/[. ]+$/, '')); // Win32 strips trailing dots/spaces
  }
  const joined = root + out.join('\\');
  return joined || '.';
}

function toLong(p) {
  const n = normalize(p);
  if (LONG.test(n)) return n;
  if (n.startsWith('\\\\')) return '\\\\?\\UNC\\' + n.slice(2);
  if (DRIVE.test(n)) return '\\\\?\\' + n;
  return n;
}

function isLongNeeded(p) {
  return normalize(p).length >= 260;
}

function equals(a, b) {
  return normalize(a).toLowerCase() === normalize(b).toLowerCase();
}

function toPosix(p) {
  const { root, parts } = split(normalize(p));
  if (/^[A-Z]:\\$/.test(root)) return `/${root[0].toLowerCase()}/${parts.join('/')}`;
  if (root.startsWith('\\\\')) return '//' + root.slice(2).replace(/\\/g, '/') + parts.join('/');
  return (root ? '/' : '') + parts.join('/');
}

function isReservedName(name) {
  return /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(name);
}

module.exports = { normalize, toLong, isLongNeeded, equals, toPosix, isReservedName, split };
