'use strict';
const { coerce } = require('./coerce');
const { record } = require('./stats');

class EnvValidationError extends Error {
  constructor(issues) {
    super('Invalid environment:\n  - ' + issues.join('\n  - '));
    this.name = 'EnvValidationError';
    this.issues = issues;
  }
}

function validate(schema, env = process.env) {
  const out = {};
  const issues = [];
  for (const [key, spec] of Object.entries(schema)) {
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { out[key] = spec.default; continue; }
      if (spec.required !== false) issues.push(`${key} is required`);
      continue;
    }
    try {
      const v = coerce(spec.type, raw);
      if (spec.choices && !spec.choices.includes(v)) throw new Error(`must be one of ${spec.choices.join(', ')}`);
      out[key] = v;
    } catch (e) {
      issues.push(`${key}: ${e.message}`);
    }
  }
  record(schema, env, issues.length);
  if (issues.length) throw new EnvValidationError(issues);
  return Object.freeze(out);
}

module.exports = { validate, EnvValidationError };
