'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*('(?:\\'|[^'])*'|"(?:\\"|[^"])*"|`(?:\\`|[^`])*`|[^#\r\n]*)?\s*(?:#.*)?$/gm;

function parse(src) {
  const obj = {};
  let m;
  const text = String(src).replace(/\r\n?/g, '\n');
  while ((m = LINE.exec(text)) !== null) {
    let v = (m[2] || '').trim();
    const q = v[0];
    v = v.replace(/^(['"`])([\s\S]*)\1$/m, '$2');
    if (q === '"') v = v.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[m[1]] = v;
  }
  return obj;
}

function expand(parsed, env = process.env) {
  const out = {};
  const get = (k, seen) => {
    if (k in env && !(k in parsed)) return env[k];
    if (!(k in parsed)) return '';
    if (seen.has(k)) return '';
    seen.add(k);
    return parsed[k].replace(/\$\{([\w.-]+)(?::-([^}]*))?\}/g, (_, n, d) => get(n, seen) || d || '');
  };
  for (const k of Object.keys(parsed)) out[k] = get(k, new Set());
  return out;
}

function config(opts = {}) {
  const file = opts.path || path.resolve(process.cwd(), '.env');
  let parsed;
  try {
    parsed = expand(parse(fs.readFileSync(file, opts.encoding || 'utf8')));
  } catch (error) {
    return { error };
  }
  for (const [k, v] of Object.entries(parsed)) {
    if (opts.override || !(k in process.env)) process.env[k] = v;
  }
  return { parsed };
}

module.exports = { parse, expand, config };
