'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const zlib = require('zlib');
const crypto = require('crypto');

const API = process.env.PAGELET_API || 'https://api.pagelet.example.com/v1';
const AUTH = path.join(os.homedir(), '.config', 'pagelet', 'auth.json');

function token() {
  if (process.env.PAGELET_TOKEN) return process.env.PAGELET_TOKEN;
  try { return JSON.parse(fs.readFileSync(AUTH, 'utf8')).token; } catch { throw new Error('not logged in: run `pagelet login` or set PAGELET_TOKEN'); }
}

function saveToken(t) {
  fs.mkdirSync(path.dirname(AUTH), { recursive: true, mode: 0o700 });
  fs.writeFileSync(AUTH, JSON.stringify({ token: t, savedAt: Date.now() }), { mode: 0o600 });
}

async function call(method, route, body, headers = {}) {
  const r = await fetch(API + route, { method, headers: { authorization: `Bearer ${token()}`, ...headers }, body });
  const j = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(j.error || `HTTP ${r.status}`);
  return j;
}

function pack(dir) {
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push({ path: path.relative(dir, p).split(path.sep).join('/'), data: fs.readFileSync(p).toString('base64') });
    }
  })(dir);
  const body = zlib.gzipSync(JSON.stringify({ files }));
  return { body, digest: crypto.createHash('sha256').update(body).digest('hex'), count: files.length };
}

function readProject() {
  try { return JSON.parse(fs.readFileSync('pagelet.json', 'utf8')); } catch { throw new Error('no pagelet.json here; run `pagelet link`'); }
}

async function deploy(dir, prod) {
  const { project } = readProject();
  const { body, digest, count } = pack(dir);
  const d = await call('POST', `/projects/${project}/deploys?target=${prod ? 'production' : 'preview'}`, body, {
    'content-type': 'application/gzip', 'x-content-sha256': digest,
  });
  return { ...d, count };
}

function parseDotenv(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

async function envPush(file) {
  const { project } = readProject();
  const vars = parseDotenv(fs.readFileSync(file, 'utf8'));
  await call('PUT', `/projects/${project}/env`, JSON.stringify({ vars }), { 'content-type': 'application/json' });
  return Object.keys(vars);
}

const rollback = (id) => call('POST', `/deploys/${encodeURIComponent(id)}/rollback`);

module.exports = { deploy, envPush, rollback, saveToken, API };
