'use strict';
const fs = require('fs');
const path = require('path');

function parse(src) {
  const obj = {};
  const re = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*("(?:\\.|[^"])*"|'[^']*'|[^#\r\n]*)?\s*(?:#.*)?$/gm;
  let m;
  while ((m = re.exec(String(src)))) {
    let v = (m[2] || '').trim();
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\n/g, '\n').replace(/\\"/g, '"');
    else if (v.startsWith("'")) v = v.slice(1, -1);
    obj[m[1]] = v;
  }
  return obj;
}

class MissingEnvVarsError extends Error {
  constructor(allowEmpty, dotenvFilename, exampleFilename, missing) {
    super(`The following variables were defined in ${exampleFilename} but are not present in the environment:\n  ${missing.join(', ')}\n` +
      `Make sure to add them to ${dotenvFilename} or directly to the environment.` +
      (allowEmpty ? '' : '\nIf you expect any of these variables to be empty, use the allowEmptyValues option.'));
    this.name = 'MissingEnvVarsError';
    this.missing = missing;
  }
}

function config(options = {}) {
  const file = options.path || path.resolve(process.cwd(), '.env');
  const example = options.example || path.resolve(process.cwd(), '.env.example');
  let parsed = {};
  try { parsed = parse(fs.readFileSync(file, 'utf8')); } catch (e) { if (e.code !== 'ENOENT') throw e; }
  for (const [k, v] of Object.entries(parsed)) {
    if (options.override || !Object.prototype.hasOwnProperty.call(process.env, k)) process.env[k] = v;
  }
  const required = Object.keys(parse(fs.readFileSync(example, 'utf8')));
  const missing = required.filter((k) => !(k in process.env) || (!options.allowEmptyValues && process.env[k] === ''));
  if (missing.length) throw new MissingEnvVarsError(!!options.allowEmptyValues, file, example, missing);
  return { parsed, required: Object.fromEntries(required.map((k) => [k, process.env[k]])) };
}

module.exports = { config, parse, MissingEnvVarsError };
