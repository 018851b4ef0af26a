'use strict';
const { coerce } = require('./types');
const cache = require('./cache');

class EnvError extends Error {
  constructor(problems) {
    super('Invalid environment:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/**
 * guard({ PORT: { type: 'port', default: 3000 }, DATABASE_URL: { type: 'url' } })
 */
function guard(schema, env = process.env, opts = {}) {
  const out = {};
  const problems = [];
  for (const [key, spec] of Object.entries(schema)) {
    const s = typeof spec === 'string' ? { type: spec } : spec;
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in s) { out[key] = s.default; continue; }
      if (s.optional) continue;
      problems.push(`${key} is required${s.desc ? ` (${s.desc})` : ''}`);
      continue;
    }
    try {
      const v = coerce(s.type || 'string', raw, s);
      if (s.choices && !s.choices.includes(v)) throw new Error(`must be one of ${s.choices.join(', ')}`);
      out[key] = v;
    } catch (e) {
      problems.push(`${key}: ${e.message}`);
    }
  }
  if (problems.length) {
    if (opts.exit !== false && require.main !== module) {
      console.error(new EnvError(problems).message);
      process.exit(1);
    }
    throw new EnvError(problems);
  }
  cache.remember(schema);
  return Object.freeze(out);
}

module.exports = { guard, EnvError };
