'use strict';
const fs = require('fs');
const path = require('path');

let wasm = null;
try {
  const bytes = fs.readFileSync(path.join(__dirname, '..', 'wasm', 'glob.wasm'));
  wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports;
} catch (_) {
  wasm = null;
}

let tables = { classes: { alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', space: '\\s', upper: 'A-Z', lower: 'a-z' } };
try { tables = require('./tables.json'); } catch (_) {}

const cache = new Map();

function expandBraces(p) {
  const m = /\{([^{}]*)\}/.exec(p);
  if (!m) return [p];
  const out = [];
  for (const alt of m[1].split(',')) out.push(...expandBraces(p.slice(0, m.index) + alt + p.slice(m.index + m[0].length)));
  return out;
}

function segmentToRe(seg, dot) {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 1);
      if (end < 0) { re += '\\['; continue; }
      let body = seg.slice(i + 1, end).replace(/\[:(\w+):\]/g, (_, n) => tables.classes[n] || '');
      if (body[0] === '!') body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  if (!dot && !seg.startsWith('.')) re = '(?!\\.)' + re;
  return re;
}

function compile(pattern, opts = {}) {
  const key = pattern + '\0' + (opts.dot ? 1 : 0);
  if (cache.has(key)) return cache.get(key);
  let neg = false;
  let p = pattern;
  while (p[0] === '!') { neg = !neg; p = p.slice(1); }
  const alts = expandBraces(p).map((alt) => {
    const parts = alt.split('/');
    let re = '';
    parts.forEach((seg, i) => {
      const last = i === parts.length - 1;
      if (seg === '**') re += last ? '.*' : '(?:[^/]*(?:/|$))*';
      else re += segmentToRe(seg, opts.dot) + (last ? '' : '/');
    });
    return re;
  });
  const rx = new RegExp('^(?:' + alts.join('|') + ')$');
  const fn = { rx, neg, literal: !/[*?[\]{}!]/.test(pattern) };
  cache.set(key, fn);
  return fn;
}

function literalEq(a, b) {
  if (!wasm || a.length !== b.length) return a === b;
  return wasm.match_len(a.length, b.length) === 1 && a === b;
}

function isMatch(str, pattern, opts) {
  const c = compile(pattern, opts);
  const hit = c.literal ? literalEq(str, pattern) : c.rx.test(str);
  return c.neg ? !hit : hit;
}

function filter(list, pattern, opts) {
  return list.filter((s) => isMatch(s, pattern, opts));
}

module.exports = { isMatch, compile, filter, expandBraces };
