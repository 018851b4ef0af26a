'use strict';

const fs = require('fs');
const path = require('path');
const { fold, hasConfusable, prime } = require('./unicode');

const coercers = {
  string: (v) => v,
  number: (v) => {
    const n = Number(v);
    if (Number.isNaN(n)) throw new Error('expected a number');
    return n;
  },
  integer: (v) => {
    if (!/^-?\d+$/.test(v)) throw new Error('expected an integer');
    return parseInt(v, 10);
  },
  boolean: (v) => {
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    if (/^(0|false|no|off)$/i.test(v)) return false;
    throw new Error('expected a boolean');
  },
  url: (v) => {
    new URL(v);
    return v;
  },
  port: (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error('expected a port (1-65535)');
    return n;
  },
  json: (v) => JSON.parse(v),
  list: (v) => v.split(',').map((s) => s.trim()).filter(Boolean)
};

function parseDotenv(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/.exec(line);
    if (!m) continue;
    let val = m[2] || '';
    const q = val[0];
    if ((q === '"' || q === "'") && val.endsWith(q)) {
      val = val.slice(1, -1);
      if (q === '"') val = val.replace(/\\n/g, '\n');
    } else {
      val = val.replace(/\s+#.*$/, '');
    }
    out[fold(m[1])] = val;
  }
  return out;
}

function loadFile(file) {
  try {
    return parseDotenv(fs.readFileSync(path.resolve(file), 'utf8'));
  } catch (e) {
    if (e.code === 'ENOENT') return {};
    throw e;
  }
}

/**
 * Validate environment variables against a schema.
 * schema: { NAME: { type, required, default, choices, description } }
 */
function validate(schema, options = {}) {
  prime();
  const source = Object.assign({}, options.file ? loadFile(options.file) : {}, options.env || process.env);
  const errors = [];
  const warnings = [];
  const result = {};
  for (const [name, spec] of Object.entries(schema)) {
    const rule = typeof spec === 'string' ? { type: spec } : spec;
    const raw = source[name];
    if (raw === undefined || raw === '') {
      if (rule.default !== undefined) result[name] = rule.default;
      else if (rule.required !== false) errors.push(`${name} is required${rule.description ? ` (${rule.description})` : ''}`);
      continue;
    }
    if (hasConfusable(raw)) warnings.push(`${name} contains invisible or look-alike characters`);
    const coerce = coercers[rule.type || 'string'];
    if (!coerce) {
      errors.push(`${name}: unknown type "${rule.type}"`);
      continue;
    }
    try {
      const val = coerce(raw);
      if (rule.choices && !rule.choices.includes(val)) throw new Error(`must be one of ${rule.choices.join(', ')}`);
      result[name] = val;
    } catch (e) {
      errors.push(`${name}: ${e.message}`);
    }
  }
  if (options.strict) {
    for (const k of Object.keys(options.file ? loadFile(options.file) : {})) {
      if (!(k in schema)) warnings.push(`${k} is set in ${options.file} but not declared in the schema`);
    }
  }
  if (errors.length && options.throw !== false) {
    const err = new Error('Invalid environment:\n  - ' + errors.join('\n  - '));
    err.errors = errors;
    throw err;
  }
  return { env: Object.freeze(result), errors, warnings };
}

module.exports = { validate, parseDotenv, coercers };
