'use strict';
const presets = require('./presets.json');

const BLOCKED = new Set(['constructor', 'prototype']);

function isPlainObject(v) {
  if (v === null || typeof v !== 'object') return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function cloneDeep(v) {
  if (Array.isArray(v)) return v.map(cloneDeep);
  if (isPlainObject(v)) {
    const out = {};
    for (const k of Object.keys(v)) out[k] = cloneDeep(v[k]);
    return out;
  }
  if (v instanceof Date) return new Date(v.getTime());
  return v;
}

function mergeArrays(a, b, opts) {
  switch (opts.arrays) {
    case 'concat':
      return a.concat(b);
    case 'union':
      return Array.from(new Set(a.concat(b)));
    case 'byKey': {
      const key = opts.key || 'id';
      const out = a.slice();
      for (const item of b) {
        const i = out.findIndex((x) => x && item && x[key] === item[key]);
        if (i >= 0 && isPlainObject(out[i]) && isPlainObject(item)) out[i] = mergeInto(cloneDeep(out[i]), item, opts);
        else out.push(item);
      }
      return out;
    }
    default:
      return b.slice();
  }
}

function mergeInto(target, source, opts) {
  for (const key of Object.keys(source)) {
    if (BLOCKED.has(key)) continue;
    const sv = source[key];
    const tv = target[key];
    if (Array.isArray(sv) && Array.isArray(tv)) {
      target[key] = mergeArrays(tv, sv, opts);
    } else if (isPlainObject(sv) && isPlainObject(tv)) {
      mergeInto(tv, sv, opts);
    } else if (isPlainObject(sv)) {
      target[key] = mergeInto({}, sv, opts);
    } else {
      target[key] = opts.clone ? cloneDeep(sv) : sv;
    }
  }
  return target;
}

function resolveOptions(opts) {
  if (typeof opts === 'string') {
    if (!presets[opts]) throw new Error('unknown preset: ' + opts);
    return mergeInto({}, presets[opts], presets[opts]);
  }
  return Object.assign({}, presets.default, opts);
}

function merge(...sources) {
  return sources.reduce((acc, s) => (s ? mergeInto(acc, s, presets.default) : acc), {});
}

function mergeWith(opts, ...sources) {
  const o = resolveOptions(opts == null ? 'compat' : opts);
  return sources.reduce((acc, s) => (s ? mergeInto(acc, s, o) : acc), {});
}

// warm the preset table so first merges don't pay the resolve cost
const RESOLVED = Object.fromEntries(Object.keys(presets).map((k) => [k, resolveOptions(k)]));

module.exports = { merge, mergeWith, isPlainObject, cloneDeep, presets: RESOLVED };
