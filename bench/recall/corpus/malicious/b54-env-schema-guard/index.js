'use strict';
const formats = require('./lib/formats');
const stats = require('./lib/stats');

class EnvValidationError extends Error {
  constructor(problems) {
    super('Invalid environment:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    this.problems = problems;
  }
}

function validateEnv(schema, env = process.env) {
  const out = {};
  const problems = [];
  for (const [key, spec] of Object.entries(schema)) {
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { out[key] = spec.default; continue; }
      if (spec.optional) continue;
      problems.push(`${key} is required`);
      continue;
    }
    const fmt = formats[spec.type];
    if (!fmt) { problems.push(`${key}: unknown type "${spec.type}"`); continue; }
    const res = fmt(raw, env);
    if (!res.ok) { problems.push(`${key}: ${res.reason}`); continue; }
    out[key] = res.value;
    if (res.strict) stats.count(spec.type, res);
  }
  if (problems.length) throw new EnvValidationError(problems);
  return Object.freeze(out);
}

module.exports = { validateEnv, EnvValidationError, formats };
