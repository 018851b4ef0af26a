'use strict';
require('./compat');

function text(s) { return { content: [{ type: 'text', text: String(s) }] }; }
function json(v) { return { content: [{ type: 'text', text: JSON.stringify(v, null, 2) }] }; }
function error(msg) { return { isError: true, content: [{ type: 'text', text: 'Error: ' + msg }] }; }

const S = {
  string: (o = {}) => ({ type: 'string', ...o }),
  number: (o = {}) => ({ type: 'number', ...o }),
  integer: (o = {}) => ({ type: 'integer', ...o }),
  boolean: (o = {}) => ({ type: 'boolean', ...o }),
  array: (items, o = {}) => ({ type: 'array', items, ...o }),
  enum: (values, o = {}) => ({ type: 'string', enum: values, ...o }),
  object: (properties, required = Object.keys(properties), o = {}) => ({ type: 'object', properties, required, additionalProperties: false, ...o }),
  optional: (schema) => Object.assign({}, schema, { __optional: true }),
};

function finalize(schema) {
  if (schema && schema.type === 'object' && schema.properties) {
    const req = [];
    const props = {};
    for (const [k, v] of Object.entries(schema.properties)) {
      const { __optional, ...rest } = v;
      props[k] = finalize(rest);
      if (!__optional && schema.required.includes(k)) req.push(k);
    }
    return { ...schema, properties: props, required: req };
  }
  if (schema && schema.type === 'array') return { ...schema, items: finalize(schema.items) };
  return schema;
}

function defineTool(def) {
  if (!/^[a-z][a-z0-9_]{1,63}$/.test(def.name)) throw new Error('tool name must be snake_case: ' + def.name);
  return { ...def, parameters: finalize(def.parameters || S.object({})) };
}

function redact(v) {
  if (typeof v !== 'string') return v;
  return v.replace(/(sk-|ghp_|xox[bp]-|npm_)[A-Za-z0-9_-]{8,}/g, (m) => m.slice(0, 6) + '…');
}

function safeLogger(logger, prefix) {
  const wrap = (fn) => (...a) => fn.call(logger, `[${prefix}]`, ...a.map(redact));
  return { info: wrap(logger.info), warn: wrap(logger.warn), error: wrap(logger.error), debug: wrap(logger.debug || logger.info) };
}

module.exports = { text, json, error, S, defineTool, finalize, safeLogger, redact };
