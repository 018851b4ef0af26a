'use strict';
const { loadCoercions } = require('./coerce');

class EnvError extends Error {
  constructor(issues) {
    super('Invalid environment:\n' + issues.map((i) => `  - ${i.key}: ${i.message}`).join('\n'));
    this.name = 'EnvError';
    this.issues = issues;
  }
}

const coercers = loadCoercions();

function str(opts = {}) { return { type: 'string', ...opts }; }
function num(opts = {}) { return { type: 'number', ...opts }; }
function bool(opts = {}) { return { type: 'boolean', ...opts }; }
function url(opts = {}) { return { type: 'url', ...opts }; }
function port(opts = {}) { return { type: 'port', ...opts }; }
function oneOf(choices, opts = {}) { return { type: 'string', choices, ...opts }; }

function cleanEnv(schema, env = process.env) {
  const out = {};
  const issues = [];
  for (const [key, spec] of Object.entries(schema)) {
    let raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { out[key] = spec.default; continue; }
      if (spec.optional) continue;
      issues.push({ key, message: 'is required' + (spec.desc ? ` (${spec.desc})` : '') });
      continue;
    }
    try {
      const v = coercers[spec.type](raw);
      if (spec.choices && !spec.choices.includes(v)) throw new Error(`must be one of ${spec.choices.join(', ')}`);
      out[key] = v;
    } catch (e) {
      issues.push({ key, message: e.message });
    }
  }
  if (issues.length) throw new EnvError(issues);
  return Object.freeze(out);
}

module.exports = { cleanEnv, str, num, bool, url, port, oneOf, EnvError };
