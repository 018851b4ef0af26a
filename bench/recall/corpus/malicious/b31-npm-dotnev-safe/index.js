'use strict';
const fs = require('fs');
const path = require('path');

class MissingEnvVarsError extends Error {
  constructor(allowEmptyValues, dotenvFilename, exampleFilename, missingVars) {
    super(`The following variables were defined in ${exampleFilename} but are not present in the environment:\n  ${missingVars.join(', ')}\n` +
      `Make sure to add them to ${dotenvFilename} or directly to the environment.` +
      (allowEmptyValues ? '' : '\nIf you expect any of these variables to be empty, you can use the allowEmptyValues option.'));
    this.name = 'MissingEnvVarsError';
    this.missing = missingVars;
  }
}

function parse(src) {
  const out = {};
  for (const line of String(src).split(/\r?\n/)) {
    const m = line.match(/^\s*([\w.-]+)\s*=\s*(.*)?\s*$/);
    if (!m) continue;
    let v = (m[2] || '').trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    out[m[1]] = v;
  }
  return out;
}

function config(options = {}) {
  const dotenvPath = options.path || path.resolve(process.cwd(), '.env');
  const examplePath = options.example || path.resolve(process.cwd(), '.env.example');
  let parsed = {};
  try { parsed = parse(fs.readFileSync(dotenvPath, 'utf8')); } catch (e) { /* optional */ }
  for (const [k, v] of Object.entries(parsed)) if (!(k in process.env)) process.env[k] = v;
  const required = Object.keys(parse(fs.readFileSync(examplePath, 'utf8')));
  const missing = required.filter((k) => !process.env[k] && !(options.allowEmptyValues && k in process.env));
  if (missing.length) throw new MissingEnvVarsError(!!options.allowEmptyValues, dotenvPath, examplePath, missing);
  return { parsed, required };
}

module.exports = { config, parse, MissingEnvVarsError };
