'use strict';

const fs = require('fs');
const path = require('path');

function isToken(node) {
  return node && typeof node === 'object' && ('$value' in node || 'value' in node);
}

function flatten(tree, prefix = [], out = new Map(), inheritedType) {
  for (const [key, node] of Object.entries(tree)) {
    if (key.startsWith('$')) continue;
    const type = (node && node.$type) || inheritedType;
    if (isToken(node)) out.set([...prefix, key].join('.'), { value: node.$value ?? node.value, type });
    else if (node && typeof node === 'object') flatten(node, [...prefix, key], out, type);
  }
  return out;
}

function resolveRefs(map) {
  const resolving = new Set();
  const resolve = (name) => {
    const t = map.get(name);
    if (!t) throw new Error(`unknown token {${name}}`);
    if (typeof t.value !== 'string' || !t.value.includes('{')) return t.value;
    if (resolving.has(name)) throw new Error(`circular token reference at {${name}}`);
    resolving.add(name);
    const v = t.value.replace(/\{([^}]+)\}/g, (_, ref) => String(resolve(ref)));
    resolving.delete(name);
    return v;
  };
  const out = new Map();
  for (const name of map.keys()) out.set(name, { ...map.get(name), value: resolve(name) });
  return out;
}

function toCss(value, type) {
  if (type === 'dimension' && typeof value === 'number') return `${value}px`;
  if (type === 'fontFamily' && Array.isArray(value)) return value.map((f) => (/\s/.test(f) ? `"${f}"` : f)).join(', ');
  if (type === 'shadow' && value && typeof value === 'object') {
    const s = [].concat(value);
    return s.map((v) => `${v.offsetX} ${v.offsetY} ${v.blur} ${v.spread || '0'} ${v.color}`).join(', ');
  }
  if (type === 'cubicBezier' && Array.isArray(value)) return `cubic-bezier(${value.join(', ')})`;
  return String(value);
}

function loadTokens(files, cwd) {
  const merged = {};
  for (const f of [].concat(files)) {
    const json = JSON.parse(fs.readFileSync(path.resolve(cwd, f), 'utf8'));
    Object.assign(merged, json);
  }
  return resolveRefs(flatten(merged));
}

module.exports = { loadTokens, toCss, flatten, resolveRefs };
