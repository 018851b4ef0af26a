const TYPES = {
  string: (v) => v,
  url: (v) => {
    new URL(v);
    return v;
  },
  port: (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error('must be a port number');
    return n;
  },
  int: (v) => {
    if (!/^-?\d+$/.test(v)) throw new Error('must be an integer');
    return Number(v);
  },
  bool: (v) => {
    if (/^(1|true|yes|on)$/i.test(v)) return true;
    if (/^(0|false|no|off)$/i.test(v)) return false;
    throw new Error('must be a boolean');
  },
  email: (v) => {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) throw new Error('must be an email');
    return v;
  }
};

export function parseSchema(src) {
  const rules = {};
  for (const raw of src.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [name, spec = 'string'] = line.split('=');
    const [typeSpec, def] = spec.split(/:(.*)/s);
    const en = /^enum\((.*)\)$/.exec(typeSpec);
    rules[name.trim()] = {
      type: en ? 'enum' : typeSpec.trim(),
      values: en ? en[1].split(',').map((s) => s.trim()) : null,
      required: def === 'required',
      default: def && def !== 'required' ? def : undefined
    };
  }
  return rules;
}

export function validate(env, rules) {
  const errors = [];
  const values = {};
  for (const [name, rule] of Object.entries(rules)) {
    let v = env[name];
    if (v === undefined || v === '') {
      if (rule.default !== undefined) v = rule.default;
      else if (rule.required || rule.default === undefined) {
        errors.push(`${name}: missing`);
        continue;
      }
    }
    try {
      if (rule.type === 'enum') {
        if (!rule.values.includes(v)) throw new Error(`must be one of ${rule.values.join(', ')}`);
        values[name] = v;
      } else {
        const fn = TYPES[rule.type];
        if (!fn) throw new Error(`unknown type ${rule.type}`);
        values[name] = fn(v);
      }
    } catch (e) {
      errors.push(`${name}: ${e.message}`);
    }
  }
  return { errors, values };
}
