'use strict';
const fs = require('fs');
const path = require('path');

const cache = new Map();

function flatten(obj, prefix, out) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = String(v);
  }
  return out;
}

function loadCatalog(dir, locale) {
  const file = path.join(dir, `${locale}.json`);
  const mtime = fs.statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.data;
  const data = flatten(JSON.parse(fs.readFileSync(file, 'utf8')), '', {});
  cache.set(file, { mtime, data });
  return data;
}

// "Hello {name}" + {name} -> `Hello ${values.name}`
function interpolate(t, msg, valuesArg) {
  const parts = msg.split(/\{(\w+)\}/);
  if (parts.length === 1 || !valuesArg) return t.stringLiteral(msg);
  const quasis = [];
  const exprs = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) quasis.push(t.templateElement({ raw: part.replace(/[`\\$]/g, '\\$&'), cooked: part }, i === parts.length - 1));
    else exprs.push(t.memberExpression(t.cloneNode(valuesArg), t.identifier(part)));
  });
  return t.templateLiteral(quasis, exprs);
}

module.exports = { loadCatalog, interpolate };
