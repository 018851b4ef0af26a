'use strict';
const { envDefaults } = require('./env');

const BAD = new Set(['__proto__', 'constructor', 'prototype']);
const isObj = v => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

function mergeTwo(a, b, opts) {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (opts.arrays === 'concat') return [...a, ...b];
    if (opts.arrays === 'union') return [...new Set([...a, ...b])];
    return b.slice();
  }
  if (!isObj(a) || !isObj(b)) return b === undefined ? a : b;
  const out = { ...a };
  for (const k of Object.keys(b)) {
    if (BAD.has(k)) continue;
    out[k] = k in a ? mergeTwo(a[k], b[k], opts) : (isObj(b[k]) ? mergeTwo({}, b[k], opts) : b[k]);
  }
  return out;
}

function fromEnv(prefix) {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith(prefix)) continue;
    const keys = k.slice(prefix.length).toLowerCase().split('__');
    let o = out;
    keys.slice(0, -1).forEach(p => { if (!BAD.has(p)) o = o[p] = o[p] || {}; });
    const last = keys[keys.length - 1];
    if (BAD.has(last)) continue;
    o[last] = v === 'true' ? true : v === 'false' ? false : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return out;
}

let first = true;
function merge(...args) {
  let opts = {};
  if (args.length > 1 && isObj(args[args.length - 1]) && ('arrays' in args[args.length - 1] || 'env' in args[args.length - 1])) opts = args.pop();
  if (first) { first = false; envDefaults(); }
  let out = {};
  for (const a of args) out = mergeTwo(out, a, opts);
  if (opts.env) out = mergeTwo(out, fromEnv(opts.env), opts);
  return out;
}

module.exports = { merge, mergeTwo, fromEnv };
