'use strict';

const { generate } = require('./codegen');
const defaultFormats = require('./formats');

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual(a[k], b[k]));
}

class Forge {
  constructor(opts = {}) {
    this.opts = { allErrors: false, ...opts };
    this.formats = { ...defaultFormats, ...(opts.formats || {}) };
    this.schemas = new Map();
    this.cache = new WeakMap();
  }

  addSchema(schema, id = schema.$id) {
    if (!id) throw new Error('schemaforge: addSchema needs an $id');
    this.schemas.set(id, schema);
    return this;
  }

  addFormat(name, re) {
    if (!(re instanceof RegExp)) throw new TypeError('format must be a RegExp');
    this.formats[name] = re;
    return this;
  }

  resolveRef(ref, root) {
    if (this.schemas.has(ref)) return this.schemas.get(ref);
    if (!ref.startsWith('#')) {
      throw new Error(`schemaforge: cannot resolve "${ref}" (remote refs are not fetched; use addSchema)`);
    }
    const parts = ref.slice(1).split('/').filter(Boolean)
      .map((s) => decodeURIComponent(s.replace(/~1/g, '/').replace(/~0/g, '~')));
    let cur = root;
    for (const part of parts) {
      if (cur == null || !(part in cur)) throw new Error(`schemaforge: unresolved $ref ${ref}`);
      cur = cur[part];
    }
    return cur;
  }

  compileToSource(schema) {
    return generate(this, schema, this.opts);
  }

  compile(schema) {
    if (typeof schema === 'object' && schema !== null && this.cache.has(schema)) {
      return this.cache.get(schema);
    }
    const { src, patterns } = this.compileToSource(schema);
    const P = patterns.map((p) => new RegExp(p, 'u'));
    // eslint-disable-next-line no-new-func
    const factory = new Function('eq', 'F', 'P', src);
    const validate = factory(deepEqual, this.formats, P);
    validate.schema = schema;
    validate.source = src;
    if (typeof schema === 'object' && schema !== null) this.cache.set(schema, validate);
    return validate;
  }

  validate(schema, data) {
    const fn = this.compile(schema);
    const ok = fn(data);
    this.errors = fn.errors;
    return ok;
  }
}

module.exports = { Forge, deepEqual };
module.exports.default = Forge;
