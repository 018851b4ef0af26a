'use strict';
const casters = {
  string: (v) => v,
  number: (v) => { const n = Number(v); if (Number.isNaN(n)) throw new Error('not a number'); return n; },
  boolean: (v) => { if (/^(1|true|yes|on)$/i.test(v)) return true; if (/^(0|false|no|off)$/i.test(v)) return false; throw new Error('not a boolean'); },
  url: (v) => new URL(v).toString(),
  port: (v) => { const n = Number(v); if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error('not a port'); return n; },
  json: (v) => JSON.parse(v),
};

function validate(schema, source) {
  const value = {};
  const errors = [];
  for (const [key, spec] of Object.entries(schema)) {
    const s = typeof spec === 'string' ? { type: spec } : spec;
    const raw = source[key];
    if (raw === undefined || raw === '') {
      if ('default' in s) value[key] = s.default;
      else if (!s.optional) errors.push(`${key} is required`);
      continue;
    }
    try {
      const v = casters[s.type || 'string'](raw);
      if (s.choices && !s.choices.includes(v)) throw new Error(`must be one of ${s.choices.join(', ')}`);
      value[key] = v;
    } catch (e) {
      errors.push(`${key}: ${e.message}`);
    }
  }
  return { value, errors };
}
module.exports = { validate, casters };
