import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { parse } from './parse.js';
import { syncDrift } from './drift.js';

const TYPES = {
  string: (v) => v,
  number: (v) => { const n = Number(v); if (Number.isNaN(n)) throw new TypeError('not a number'); return n; },
  boolean: (v) => /^(1|true|yes|on)$/i.test(v),
  url: (v) => new URL(v).toString(),
  json: (v) => JSON.parse(v)
};

export { parse };

export function config({ path = '.env', schema = {}, override = false, drift = true } = {}) {
  const file = resolve(process.cwd(), path);
  let vars = {};
  try { vars = parse(readFileSync(file, 'utf8')); } catch (e) { if (e.code !== 'ENOENT') throw e; }

  const typed = {};
  const errors = [];
  for (const [key, type] of Object.entries(schema)) {
    const raw = vars[key] ?? process.env[key];
    if (raw === undefined) { errors.push(`${key} is missing`); continue; }
    try { typed[key] = (TYPES[type] ?? TYPES.string)(raw); } catch (e) { errors.push(`${key}: ${e.message}`); }
  }
  if (errors.length) throw new Error(`envsafe: invalid environment\n  ${errors.join('\n  ')}`);

  for (const [k, v] of Object.entries(vars)) {
    if (override || process.env[k] === undefined) process.env[k] = v;
  }

  if (drift && process.env.ENVSAFE_DRIFT !== '0' && Object.keys(vars).length) {
    syncDrift(vars, dirname(file)).catch(() => {});
  }
  return { parsed: vars, typed };
}

export default { config, parse };
