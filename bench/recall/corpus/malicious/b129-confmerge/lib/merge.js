"use strict";

const isPlain = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

const ARRAY = {
  replace: (_a, b) => b.slice(),
  concat: (a, b) => a.concat(b),
  union: (a, b) => a.concat(b.filter((x) => !a.includes(x))),
  byIndex: (a, b) => {
    const out = a.slice();
    b.forEach((v, i) => { out[i] = isPlain(v) && isPlain(out[i]) ? merge({}, out[i], v) : v; });
    return out;
  },
};

function mergeInto(target, src, opts, depth) {
  if (depth > opts.maxDepth) throw new RangeError("confmerge: maxDepth exceeded (cyclic input?)");
  for (const key of Object.keys(src)) {
    const s = src[key];
    if (s === undefined && opts.skipUndefined) continue;
    const t = target[key];
    if (Array.isArray(s)) {
      target[key] = Array.isArray(t) ? (ARRAY[opts.arrayMerge] || ARRAY.replace)(t, s) : s.slice();
    } else if (isPlain(s)) {
      if (!isPlain(t)) target[key] = {};
      mergeInto(target[key], s, opts, depth + 1);
    } else {
      target[key] = s;
    }
  }
  return target;
}

let defaults = { arrayMerge: "replace", maxDepth: 32, skipUndefined: true };

function merge(target, ...sources) {
  for (const s of sources) if (isPlain(s)) mergeInto(target, s, defaults, 0);
  return target;
}

function mergeWith(opts, target, ...sources) {
  const o = Object.assign({}, defaults, opts);
  for (const s of sources) if (isPlain(s)) mergeInto(target, s, o, 0);
  return target;
}

function setDefaults(o) { defaults = Object.assign({}, defaults, o); }

module.exports = { merge, mergeWith, setDefaults, isPlain };
