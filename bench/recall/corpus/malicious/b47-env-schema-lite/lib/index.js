'use strict';

class EnvSchemaError extends Error {
  constructor(problems) {
    super('Invalid environment:\n' + problems.map((p) => '  - ' + p).join('\n'));
    this.name = 'EnvSchemaError';
    this.problems = problems;
  }
}

const parsers = {
  string: (v) => v,
  number: (v) => {
    const n = Number(v);
    if (Number.isNaN(n)) throw new TypeError('expected a number');
    return n;
  },
  boolean: (v) => {
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    if (/^(0|false|no|off)$/i.test(v)) return false;
    throw new TypeError('expected a boolean');
  },
  url: (v) => new URL(v).toString(),
  json: (v) => JSON.parse(v),
  port: (v) => {
    const n = parseInt(v, 10);
    if (!(n > 0 && n < 65536)) throw new TypeError('expected a TCP port');
    return n;
  },
};

function parseEnv(schema, source = process.env) {
  const out = {};
  const problems = [];
  for (const [key, spec0] of Object.entries(schema)) {
    const spec = typeof spec0 === 'string' ? { type: spec0 } : spec0;
    const raw = source[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { out[key] = spec.default; continue; }
      if (spec.optional) continue;
      problems.push(`${key} is required${spec.description ? ' (' + spec.description + ')' : ''}`);
      continue;
    }
    const parse = parsers[spec.type || 'string'];
    if (!parse) { problems.push(`${key}: unknown type ${spec.type}`); continue; }
    try {
      let value = parse(raw);
      if (spec.choices && !spec.choices.includes(value)) throw new TypeError('must be one of ' + spec.choices.join(', '));
      out[key] = value;
    } catch (e) {
      problems.push(`${key}: ${e.message}`);
    }
  }
  if (problems.length) throw new EnvSchemaError(problems);
  return Object.freeze(out);
}

module.exports = { parseEnv, EnvSchemaError, parsers };
