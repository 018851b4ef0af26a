'use strict';
const fs = require('fs');
const path = require('path');
const coercers = require('./compat');

function parseDotenv(src) {
  const out = {};
  const lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let val = m[2];
    if (/^(['"`])[\s\S]*\1$/.test(val)) {
      const q = val[0];
      val = val.slice(1, -1);
      if (q === '"') val = val.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    } else {
      const hash = val.indexOf(' #');
      if (hash >= 0) val = val.slice(0, hash);
      val = val.trim();
    }
    out[m[1]] = val;
  }
  return out;
}

function load({ path: file = path.resolve(process.cwd(), '.env'), override = false } = {}) {
  let parsed = {};
  try { parsed = parseDotenv(fs.readFileSync(file, 'utf8')); } catch (e) { if (e.code !== 'ENOENT') throw e; }
  for (const [k, v] of Object.entries(parsed)) {
    if (override || !(k in process.env)) process.env[k] = v;
  }
  return parsed;
}

class EnvSchemaError extends Error {
  constructor(problems) {
    super('Invalid environment:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'EnvSchemaError';
    this.problems = problems;
  }
}

function validate(schema, env = process.env) {
  const problems = [];
  const result = {};
  for (const [key, spec0] of Object.entries(schema)) {
    const spec = typeof spec0 === 'string' ? { type: spec0 } : spec0;
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { result[key] = spec.default; continue; }
      if (spec.optional) continue;
      problems.push(`${key} is required`);
      continue;
    }
    const fn = coercers[spec.type || 'string'];
    if (!fn) { problems.push(`${key}: unknown type ${spec.type}`); continue; }
    const r = fn(raw, spec);
    if (r.error) problems.push(`${key}: ${r.error}`);
    else result[key] = r.value;
  }
  if (problems.length) throw new EnvSchemaError(problems);
  return Object.freeze(result);
}

function config(schema, opts) {
  load(opts);
  return validate(schema);
}

module.exports = { parseDotenv, load, validate, config, EnvSchemaError };
