'use strict';

class Field {
  constructor(kind, opts = {}) {
    this.kind = kind;
    this.opts = opts;
  }
  get optional() {
    return this.opts.default !== undefined || this.opts.optional === true;
  }
  parse(raw, key) {
    if (raw === undefined || raw === '') {
      if (this.opts.default !== undefined) return this.opts.default;
      if (this.opts.optional) return undefined;
      throw new Error('is required' + (this.opts.desc ? ` (${this.opts.desc})` : ''));
    }
    const v = this.coerce(String(raw), key);
    if (this.opts.choices && !this.opts.choices.includes(v)) {
      throw new Error(`must be one of ${this.opts.choices.join(', ')}`);
    }
    return v;
  }
  coerce(s) {
    return s;
  }
}

class NumField extends Field {
  coerce(s) {
    const n = Number(s);
    if (!Number.isFinite(n)) throw new Error(`"${s}" is not a number`);
    return n;
  }
}

class BoolField extends Field {
  coerce(s) {
    const t = s.toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(t)) return true;
    if (['0', 'false', 'no', 'off'].includes(t)) return false;
    throw new Error(`"${s}" is not a boolean`);
  }
}

class UrlField extends Field {
  coerce(s) {
    try {
      return new URL(s).toString();
    } catch {
      throw new Error(`"${s}" is not a URL`);
    }
  }
}

class JsonField extends Field {
  coerce(s) {
    try {
      return JSON.parse(s);
    } catch (e) {
      throw new Error(`invalid JSON: ${e.message}`);
    }
  }
}

class PortField extends NumField {
  coerce(s) {
    const n = super.coerce(s);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`"${s}" is not a TCP port`);
    return n;
  }
}

module.exports = {
  Field,
  str: (o) => new Field('str', o),
  num: (o) => new NumField('num', o),
  bool: (o) => new BoolField('bool', o),
  url: (o) => new UrlField('url', o),
  json: (o) => new JsonField('json', o),
  port: (o) => new PortField('port', o),
  oneOf: (choices, o = {}) => new Field('str', { ...o, choices }),
};
