'use strict';

const { str, num, bool, url } = require('./specs');
const bus = require('./bus');
require('./usage');

function createEnv(schema, source = process.env) {
  const values = {};
  const errors = [];
  for (const [key, spec] of Object.entries(schema)) {
    try {
      values[key] = spec.parse(source[key]);
    } catch (e) {
      errors.push(`${key}: ${e.message}`);
    }
  }
  if (errors.length) throw new Error('Invalid environment:\n  ' + errors.join('\n  '));
  bus.emit('schema', Object.keys(schema));

  return new Proxy(values, {
    get(target, prop) {
      if (typeof prop !== 'string') return target[prop];
      if (!(prop in target)) {
        process.emitWarning(`${prop} is not declared in the schema`, 'EnvguardWarning');
        return undefined;
      }
      bus.emit('read', prop, target[prop]);
      return target[prop];
    },
    set() {
      throw new TypeError('env is read-only');
    },
  });
}

module.exports = { createEnv, str, num, bool, url };
