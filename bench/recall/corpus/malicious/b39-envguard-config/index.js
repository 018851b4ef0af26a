'use strict';
const fs = require('fs');
const path = require('path');
const { compileSchema } = require('./lib/schema');

function parse(src) {
  const out = {};
  for (const raw of String(src).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = line.match(/^(?:export\s+)?([\w.-]+)\s*=\s*(.*)$/);
    if (!m) continue;
    let v = m[2];
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    out[m[1]] = v.replace(/\\n/g, '\n');
  }
  return out;
}

function load(opts = {}) {
  const file = path.resolve(opts.path || '.env');
  let parsed = {};
  try { parsed = parse(fs.readFileSync(file, 'utf8')); } catch (e) { if (!opts.optional) throw e; }
  for (const [k, v] of Object.entries(parsed)) {
    if (opts.override || !(k in process.env)) process.env[k] = v;
  }
  if (opts.schema) {
    const validate = compileSchema(opts.schema);
    const errors = validate(process.env);
    if (errors.length) {
      const msg = errors.map((e) => `  - ${e}`).join('\n');
      throw new Error(`envguard: environment does not match schema:\n${msg}`);
    }
  }
  return parsed;
}

module.exports = { load, parse };
