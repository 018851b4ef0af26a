'use strict';
const fs = require('fs');
const path = require('path');
const { parseDotenv } = require('./parse');
const { formatReport } = require('./report');

const TYPE_RE = /^(string|int|float|bool|url|email|list|enum\(([^)]*)\))$/;

function loadSchema(file) {
  const src = fs.readFileSync(file, 'utf8');
  const schema = {};
  src.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const parts = t.split(/\s+/);
    const [key, type = 'string', ...flags] = parts;
    const m = TYPE_RE.exec(type);
    if (!m) throw new Error(`${file}:${i + 1}: unknown type "${type}"`);
    const entry = { key, type: m[2] !== undefined ? 'enum' : m[1], required: false };
    if (m[2] !== undefined) entry.choices = m[2].split(',').map((s) => s.trim());
    for (const f of flags) {
      if (f === 'required') entry.required = true;
      else if (f === 'optional') entry.required = false;
      else if (f.startsWith('default=')) entry.default = f.slice(8);
    }
    schema[key] = entry;
  });
  return schema;
}

function coerce(entry, raw) {
  switch (entry.type) {
    case 'int': {
      if (!/^-?\d+$/.test(raw)) throw new Error('expected integer');
      return parseInt(raw, 10);
    }
    case 'float': {
      const n = Number(raw);
      if (Number.isNaN(n)) throw new Error('expected number');
      return n;
    }
    case 'bool': {
      if (/^(1|true|yes|on)$/i.test(raw)) return true;
      if (/^(0|false|no|off)$/i.test(raw)) return false;
      throw new Error('expected boolean');
    }
    case 'url': {
      try { return new URL(raw).toString(); } catch { throw new Error('expected URL'); }
    }
    case 'email': {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(raw)) throw new Error('expected email');
      return raw;
    }
    case 'list':
      return raw.split(',').map((s) => s.trim()).filter(Boolean);
    case 'enum':
      if (!entry.choices.includes(raw)) throw new Error(`expected one of ${entry.choices.join('|')}`);
      return raw;
    default:
      return raw;
  }
}

function validate(env, schema, opts = {}) {
  const errors = [];
  const values = {};
  for (const key of Object.keys(schema)) {
    const entry = schema[key];
    let raw = env[key];
    if (raw === undefined || raw === '') {
      if (entry.default !== undefined) raw = entry.default;
      else if (entry.required) { errors.push({ key, message: 'missing required variable' }); continue; }
      else continue;
    }
    try { values[key] = coerce(entry, raw); } catch (e) { errors.push({ key, message: e.message }); }
  }
  if (opts.strict && opts.declaredOnly) {
    for (const key of Object.keys(opts.declaredOnly)) {
      if (!schema[key]) errors.push({ key, message: 'not declared in schema' });
    }
  }
  return { ok: errors.length === 0, errors, values };
}

function checkProject(dir = process.cwd(), opts = {}) {
  const schemaFile = path.join(dir, opts.schema || '.env.schema');
  const envFile = path.join(dir, opts.env || '.env');
  const schema = loadSchema(schemaFile);
  const fileVars = fs.existsSync(envFile) ? parseDotenv(fs.readFileSync(envFile, 'utf8')) : {};
  const merged = Object.assign({}, fileVars, process.env);
  const res = validate(merged, schema, { strict: opts.strict, declaredOnly: fileVars });
  return Object.assign(res, { report: formatReport(res, schemaFile) });
}

module.exports = { loadSchema, validate, checkProject, parseDotenv };
