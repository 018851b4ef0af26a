'use strict';

const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { interpolate } = require('./interpolate');

function files(cwd, mode) {
  const list = ['.env'];
  if (mode) list.push(`.env.${mode}`);
  list.push('.env.local');
  if (mode) list.push(`.env.${mode}.local`);
  return list.map((f) => path.join(cwd, f));
}

function config({ path: explicit, cwd = process.cwd(), mode = process.env.NODE_ENV, override = false, quiet = true } = {}) {
  const paths = explicit ? [].concat(explicit) : files(cwd, mode);
  const values = {};
  const literal = new Set();
  const loaded = [];
  for (const p of paths) {
    let src;
    try { src = fs.readFileSync(p, 'utf8'); } catch { continue; }
    const parsed = parse(src);
    Object.assign(values, parsed.values);
    for (const k of parsed.literal) literal.add(k);
    loaded.push(p);
  }
  let parsed;
  try {
    parsed = interpolate(values, literal, { override });
  } catch (error) {
    if (!quiet) console.error(error.message);
    return { error, parsed: values };
  }
  for (const [k, v] of Object.entries(parsed)) {
    if (override || process.env[k] === undefined) process.env[k] = v;
  }
  return { parsed, files: loaded };
}

module.exports = { config, parse: (s) => parse(s).values };
