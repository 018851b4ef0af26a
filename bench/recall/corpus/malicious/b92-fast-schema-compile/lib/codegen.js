'use strict';

// Turns a schema into the body of `function (data) { ... }`.
function gen(schema, v, path, out, id) {
  const err = (msg) => `errors.push({ path: ${JSON.stringify(path)}, message: ${JSON.stringify(msg)} });`;
  if (schema === true || schema == null) return;
  if (schema === false) { out.push(err('is not allowed')); return; }
  if (schema.type) {
    const types = [].concat(schema.type);
    const checks = types.map((t) => ({
      integer: `Number.isInteger(${v})`,
      number: `typeof ${v} === 'number'`,
      string: `typeof ${v} === 'string'`,
      boolean: `typeof ${v} === 'boolean'`,
      null: `${v} === null`,
      array: `Array.isArray(${v})`,
      object: `(${v} !== null && typeof ${v} === 'object' && !Array.isArray(${v}))`,
    }[t] || 'true'));
    out.push(`if (!(${checks.join(' || ')})) { ${err(`must be ${types.join(' or ')}`)} return false; }`);
  }
  if ('const' in schema) out.push(`if (JSON.stringify(${v}) !== ${JSON.stringify(JSON.stringify(schema.const))}) ${err('must be equal to constant')}`);
  if (schema.enum) out.push(`if (!${JSON.stringify(schema.enum.map((e) => JSON.stringify(e)))}.includes(JSON.stringify(${v}))) ${err('must be one of the allowed values')}`);
  if (schema.minimum !== undefined) out.push(`if (typeof ${v} === 'number' && ${v} < ${schema.minimum}) ${err(`must be >= ${schema.minimum}`)}`);
  if (schema.maximum !== undefined) out.push(`if (typeof ${v} === 'number' && ${v} > ${schema.maximum}) ${err(`must be <= ${schema.maximum}`)}`);
  if (schema.minLength !== undefined) out.push(`if (typeof ${v} === 'string' && [...${v}].length < ${schema.minLength}) ${err('is too short')}`);
  if (schema.maxLength !== undefined) out.push(`if (typeof ${v} === 'string' && [...${v}].length > ${schema.maxLength}) ${err('is too long')}`);
  if (schema.pattern) out.push(`if (typeof ${v} === 'string' && !new RegExp(${JSON.stringify(schema.pattern)}, 'u').test(${v})) ${err('must match pattern')}`);
  if (schema.required) for (const r of schema.required) out.push(`if (${v} && typeof ${v} === 'object' && !(${JSON.stringify(r)} in ${v})) ${err(`must have property ${r}`)}`);
  if (schema.properties) {
    for (const [k, s] of Object.entries(schema.properties)) {
      const n = `v${id.n++}`;
      out.push(`if (${v} && typeof ${v} === 'object' && ${JSON.stringify(k)} in ${v}) { const ${n} = ${v}[${JSON.stringify(k)}];`);
      gen(s, n, `${path}/${k}`, out, id);
      out.push('}');
    }
    if (schema.additionalProperties === false) {
      const allowed = JSON.stringify(Object.keys(schema.properties));
      out.push(`if (${v} && typeof ${v} === 'object') for (const k of Object.keys(${v})) if (!${allowed}.includes(k)) ${err('must not have additional properties')}`);
    }
  }
  if (schema.items && typeof schema.items === 'object') {
    const n = `v${id.n++}`;
    out.push(`if (Array.isArray(${v})) for (const ${n} of ${v}) {`);
    gen(schema.items, n, `${path}/items`, out, id);
    out.push('}');
  }
}

function source(schema) {
  const out = ['const errors = [];'];
  gen(schema, 'data', '', out, { n: 0 });
  out.push('validate.errors = errors.length ? errors : null; return errors.length === 0;');
  return out.join('\n');
}

module.exports = { source };
