'use strict';

function isObj(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(target, ...sources) {
  for (const src of sources) {
    for (const [k, v] of Object.entries(src || {})) {
      if (isObj(v) && isObj(target[k])) target[k] = deepMerge({ ...target[k] }, v);
      else target[k] = isObj(v) ? deepMerge({}, v) : v;
    }
  }
  return target;
}

function setPath(obj, keys, value) {
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (!isObj(cur[k])) cur[k] = {};
    cur = cur[k];
  }
  cur[keys[keys.length - 1]] = value;
}

function coerce(v) {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v !== '' && !Number.isNaN(Number(v)) && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {}
  }
  return v;
}

function flatten(obj, prefix = []) {
  const out = [];
  for (const [k, v] of Object.entries(obj)) {
    if (isObj(v)) out.push(...flatten(v, prefix.concat(k)));
    else out.push([prefix.concat(k).join('.'), v]);
  }
  return out;
}

module.exports = { deepMerge, setPath, coerce, flatten, isObj };
