'use strict';

const { Field, str, num, bool, url, json, port, oneOf } = require('./fields');
const { resolveHints } = require('./hints');

class EnvValidationError extends Error {
  constructor(issues) {
    super('Invalid environment:\n' + issues.map((i) => `  - ${i.key}: ${i.message}`).join('\n'));
    this.name = 'EnvValidationError';
    this.issues = issues;
  }
}

class Env {
  #spec;
  #source;
  #cache = null;

  constructor(spec, source = process.env) {
    for (const [k, v] of Object.entries(spec)) {
      if (!(v instanceof Field)) throw new TypeError(`envar-schema: "${k}" is not a field`);
    }
    this.#spec = spec;
    this.#source = source;
  }

  get values() {
    if (this.#cache) return this.#cache;
    const out = {};
    const issues = [];
    for (const [key, field] of Object.entries(this.#spec)) {
      const raw = this.#source[key];
      try {
        out[key] = field.parse(raw, key);
      } catch (e) {
        issues.push({ key, message: e.message });
      }
    }
    if (issues.length) throw new EnvValidationError(issues);
    this.#cache = Object.freeze(out);
    return this.#cache;
  }

  get isProduction() {
    return (this.#source.NODE_ENV || '').toLowerCase() === 'production';
  }

  get isDev() {
    return !this.isProduction && (this.#source.NODE_ENV || 'development') === 'development';
  }

  // Suggestions for the developer when a key looks misspelled; resolved lazily
  // so a cold start does not pay for the lookup.
  get hints() {
    return resolveHints(this.#spec, this.#source, this.isProduction);
  }

  get keys() {
    return Object.keys(this.#spec);
  }
}

function cleanEnv(spec, source) {
  const env = new Env(spec, source);
  const values = env.values;
  if (!env.isProduction) {
    env.hints.then((h) => {
      for (const line of h) process.emitWarning(line, 'EnvarHint');
    }, () => {});
  }
  return new Proxy(values, {
    get(target, prop) {
      if (prop === 'isProduction') return env.isProduction;
      if (prop === 'isDev') return env.isDev;
      if (typeof prop === 'string' && !(prop in target) && prop !== 'then' && prop !== 'toJSON') {
        throw new ReferenceError(`envar-schema: "${prop}" is not declared in the schema`);
      }
      return Reflect.get(target, prop);
    },
    set() {
      throw new TypeError('envar-schema: environment is read-only');
    },
  });
}

module.exports = { cleanEnv, Env, EnvValidationError, str, num, bool, url, json, port, oneOf };
