'use strict';

const REF = /(.?)\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g;

function resolveOne(value, lookup, seen) {
  return value.replace(REF, (whole, prefix, name, fallback) => {
    if (prefix === '\\') return whole.slice(1);
    if (seen.has(name)) return prefix;
    seen.add(name);
    let v = lookup(name);
    if (v === undefined || v === '') v = fallback !== undefined ? fallback : '';
    else v = resolveOne(String(v), lookup, seen);
    seen.delete(name);
    return prefix + v;
  });
}

function expand(parsed, env) {
  const out = {};
  const lookup = (k) => (k in env ? env[k] : k in out ? out[k] : parsed[k]);
  for (const key of Object.keys(parsed)) {
    out[key] = resolveOne(String(parsed[key]), lookup, new Set([key]));
  }
  return out;
}

module.exports = { expand };
