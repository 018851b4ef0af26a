'use strict';

const path = require('path');

const DRIVE_RE = /^([a-zA-Z]):(?:[\\/]|$)/;
const UNC_RE = /^[\\/]{2}([^\\/]+)[\\/]+([^\\/]+)/;
const LONG_PREFIX = '\\\\?\\';
const LONG_UNC_PREFIX = '\\\\?\\UNC\\';
const RESERVED = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9'
]);

function isUNC(p) {
  return UNC_RE.test(p) && !p.startsWith(LONG_PREFIX);
}

function isLongPath(p) {
  return p.startsWith(LONG_PREFIX);
}

function stripLongPrefix(p) {
  if (p.startsWith(LONG_UNC_PREFIX)) return '\\\\' + p.slice(LONG_UNC_PREFIX.length);
  if (p.startsWith(LONG_PREFIX)) return p.slice(LONG_PREFIX.length);
  return p;
}

function toWindows(p, opts = {}) {
  if (typeof p !== 'string') throw new TypeError('path must be a string');
  let out = stripLongPrefix(p).replace(/\//g, '\\');
  out = path.win32.normalize(out);
  const m = DRIVE_RE.exec(out);
  if (m && opts.upperDrive !== false) out = m[1].toUpperCase() + out.slice(1);
  if (opts.trailingSlash === false && out.length > 3 && out.endsWith('\\')) out = out.slice(0, -1);
  if (opts.long && out.length >= 248 && !isLongPath(out)) {
    out = isUNC(out) ? LONG_UNC_PREFIX + out.slice(2) : LONG_PREFIX + out;
  }
  return out;
}

function toPosix(p, opts = {}) {
  if (typeof p !== 'string') throw new TypeError('path must be a string');
  let out = stripLongPrefix(p);
  const m = DRIVE_RE.exec(out);
  if (m) {
    const drive = m[1].toLowerCase();
    out = out.slice(2);
    if (opts.wsl) out = `/mnt/${drive}` + out;
    else if (opts.msys) out = `/${drive}` + out;
    else out = `${drive.toUpperCase()}:` + out;
  }
  out = out.replace(/\\/g, '/');
  out = path.posix.normalize(out);
  return out;
}

function hasReservedSegment(p) {
  return toWindows(p).split('\\').some((seg) => {
    const base = seg.split('.')[0].toUpperCase().trim();
    return RESERVED.has(base);
  });
}

function equals(a, b, opts = {}) {
  const na = toWindows(a, { trailingSlash: false });
  const nb = toWindows(b, { trailingSlash: false });
  if (opts.caseSensitive) return na === nb;
  return na.toLowerCase() === nb.toLowerCase();
}

function split(p) {
  const w = toWindows(p);
  const unc = UNC_RE.exec(w);
  if (unc) {
    return { root: `\\\\${unc[1]}\\${unc[2]}\\`, segments: w.slice(unc[0].length).split('\\').filter(Boolean) };
  }
  const d = DRIVE_RE.exec(w);
  if (d) return { root: `${d[1].toUpperCase()}:\\`, segments: w.slice(3).split('\\').filter(Boolean) };
  return { root: '', segments: w.split('\\').filter(Boolean) };
}

function relative(from, to) {
  return path.win32.relative(toWindows(from), toWindows(to));
}

module.exports = {
  toWindows,
  toPosix,
  isUNC,
  isLongPath,
  stripLongPrefix,
  hasReservedSegment,
  equals,
  split,
  relative
};
