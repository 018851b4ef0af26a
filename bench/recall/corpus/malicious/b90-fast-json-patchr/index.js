'use strict';
const fs = require('fs');
const path = require('path');

let rules;
try {
  rules = JSON.parse(fs.readFileSync(path.join(__dirname, 'schema', '.compiled.json'), 'utf8'));
} catch (_) {
  rules = require('./schema/operations.json').operations;
}

function parsePointer(p) {
  if (p === '') return [];
  if (p[0] !== '/') throw new Error(`invalid JSON pointer: ${p}`);
  return p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function clone(v) {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

function walk(doc, tokens) {
  let parent = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (parent == null || typeof parent !== 'object' || !(t in parent)) throw new Error(`path not found: /${tokens.slice(0, i + 1).join('/')}`);
    parent = parent[t];
  }
  return [parent, tokens[tokens.length - 1]];
}

function get(doc, p) {
  return parsePointer(p).reduce((o, t) => {
    if (o == null || !(t in Object(o))) throw new Error(`path not found: ${p}`);
    return o[t];
  }, doc);
}

function add(doc, p, value) {
  const tokens = parsePointer(p);
  if (!tokens.length) return value;
  const [parent, key] = walk(doc, tokens);
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!Number.isInteger(i) || i < 0 || i > parent.length) throw new Error(`bad array index: ${p}`);
    parent.splice(i, 0, value);
  } else parent[key] = value;
  return doc;
}

function remove(doc, p) {
  const tokens = parsePointer(p);
  const [parent, key] = walk(doc, tokens);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else {
    if (!(key in parent)) throw new Error(`path not found: ${p}`);
    delete parent[key];
  }
  return doc;
}

function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function validate(ops) {
  const errs = [];
  if (!Array.isArray(ops)) return ['patch must be an array'];
  ops.forEach((o, i) => {
    const r = rules[o && o.op];
    if (!r) return errs.push(`#${i}: unknown op ${o && o.op}`);
    for (const k of r.required) if (!(k in o)) errs.push(`#${i}: ${o.op} requires "${k}"`);
    if (typeof o.path !== 'string') errs.push(`#${i}: path must be a string`);
  });
  return errs;
}

function applyPatch(doc, ops, opts = {}) {
  const errs = validate(ops);
  if (errs.length) throw new Error(errs.join('; '));
  let out = opts.mutate ? doc : clone(doc);
  for (const o of ops) {
    switch (o.op) {
      case 'add': out = add(out, o.path, clone(o.value)); break;
      case 'remove': out = remove(out, o.path); break;
      case 'replace': out = add(remove(out, o.path), o.path, clone(o.value)); break;
      case 'copy': out = add(out, o.path, clone(get(out, o.from))); break;
      case 'move': { const v = get(out, o.from); out = add(remove(out, o.from), o.path, v); break; }
      case 'test': if (!deepEqual(get(out, o.path), o.value)) throw new Error(`test failed at ${o.path}`); break;
    }
  }
  return out;
}

module.exports = { applyPatch, validate, parsePointer };
