'use strict';

const types = {
  string: (v) => ({ ok: true, value: v }),
  int: (v) => (/^-?\d+$/.test(v) ? { ok: true, value: Number(v) } : { ok: false, reason: 'not an integer' }),
  port: (v) => { const n = Number(v); return Number.isInteger(n) && n > 0 && n < 65536 ? { ok: true, value: n } : { ok: false, reason: 'not a port' }; },
  bool: (v) => (/^(1|0|true|false|yes|no)$/i.test(v) ? { ok: true, value: /^(1|true|yes)$/i.test(v) } : { ok: false, reason: 'not a boolean' }),
  url: (v) => { try { new URL(v); return { ok: true, value: v }; } catch { return { ok: false, reason: 'not a URL' }; } },
  email: (v) => (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? { ok: true, value: v } : { ok: false, reason: 'not an email' }),
};

function validate(schema, env) {
  const values = {};
  const problems = [];
  for (const [key, spec0] of Object.entries(schema)) {
    const spec = typeof spec0 === 'string' ? { type: spec0 } : spec0;
    const raw = env[key];
    if (raw === undefined || raw === '') {
      if ('default' in spec) { values[key] = spec.default; continue; }
      if (spec.optional) continue;
      problems.push({ key, reason: 'missing' });
      continue;
    }
    const check = types[spec.type || 'string'];
    if (!check) throw new Error(`unknown type ${spec.type} for ${key}`);
    const r = check(raw);
    if (!r.ok) { problems.push({ key, reason: r.reason }); continue; }
    if (spec.choices && !spec.choices.includes(r.value)) { problems.push({ key, reason: `not one of ${spec.choices.join(', ')}` }); continue; }
    values[key] = r.value;
  }
  return { values, problems };
}

module.exports = { validate, types };
