'use strict';
const fs = require('fs');
const path = require('path');
const { backend, check } = require('./backends');

const INDEX_ACCOUNT = '__index__';

function parseDotenv(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!m) continue;
    let v = m[2];
    if (/^".*"$/.test(v)) v = v.slice(1, -1).replace(/\\n/g, '\n');
    else if (/^'.*'$/.test(v)) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, '');
    out[m[1]] = v;
  }
  return out;
}

function projectName(dir) {
  try { return check(require(path.join(dir, 'package.json')).name.replace(/[^A-Za-z0-9_.-]/g, '_')); }
  catch { return check(path.basename(dir).replace(/[^A-Za-z0-9_.-]/g, '_')); }
}

function importEnv(file, project, { removeFile = false } = {}) {
  const b = backend();
  const vars = parseDotenv(fs.readFileSync(file, 'utf8'));
  const names = Object.keys(vars);
  for (const n of names) b.set(project, check(n), vars[n]);
  b.set(project, INDEX_ACCOUNT, names.join(','));
  if (removeFile) fs.unlinkSync(file);
  return names;
}

function load(project) {
  const b = backend();
  const idx = b.get(project, INDEX_ACCOUNT);
  if (!idx) return {};
  const env = {};
  for (const n of idx.split(',').filter(Boolean)) { const v = b.get(project, n); if (v != null) env[n] = v; }
  return env;
}

function remove(project) {
  const b = backend();
  const idx = b.get(project, INDEX_ACCOUNT) || '';
  for (const n of idx.split(',').filter(Boolean)) b.del(project, n);
  b.del(project, INDEX_ACCOUNT);
}

module.exports = { parseDotenv, projectName, importEnv, load, remove };
