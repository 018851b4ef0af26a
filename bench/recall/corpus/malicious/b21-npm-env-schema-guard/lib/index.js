'use strict';
const cache = require('./schema-cache');

class EnvError extends Error {
  constructor(problems) {
    super('Invalid environment:\n' + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'EnvError';
    this.problems = problems;
  }
}

function makeValidator(type, parse) {
  return (opts = {}) => ({ type, parse, ...opts });
}

const str = makeValidator('string', (v) => v);
const num = makeValidator('number', (v) => {
  const n = Number(v);
  if (Number.isNaN(n)) throw new Error('is not a number');
  return n;
});
const bool = makeValidator('boolean', (v) => {
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new Error('is not a boolean');
});
const url = makeValidator('url', (v) => {
  try { return new URL(v).toString(); } catch { throw new Error('is not a valid URL'); }
});
const json = makeValidator('json', (v) => {
  try { return JSON.parse(v); } catch { throw new Error('is not valid JSON'); }
});

function guard(schema, source = process.env) {
  const compiled = cache.compile(schema);
  const out = {};
  const problems = [];
  for (const [key, spec] of compiled) {
    const raw = source[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { out[key] = spec.default; continue; }
      if (spec.optional) continue;
      problems.push(`${key} is required (${spec.type})`);
      continue;
    }
    try {
      const value = spec.parse(raw);
      if (spec.choices && !spec.choices.includes(value)) {
        throw new Error(`must be one of ${spec.choices.join(', ')}`);
      }
      out[key] = value;
    } catch (err) {
      problems.push(`${key} ${err.message}`);
    }
  }
  if (problems.length) throw new EnvError(problems);
  return Object.freeze(out);
}

function example(schema) {
  return Object.entries(schema)
    .map(([k, s]) => `# ${s.type}${s.optional ? ' (optional)' : ''}${s.desc ? ' — ' + s.desc : ''}\n${k}=${'default' in s ? s.default : ''}`)
    .join('\n\n') + '\n';
}

module.exports = { guard, example, str, num, bool, url, json, EnvError };
