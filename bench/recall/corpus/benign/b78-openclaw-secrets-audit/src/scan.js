'use strict';

const fs = require('fs');
const path = require('path');

const SECRET_KEY = /(api[-_]?key|token|secret|password|passwd|botToken|appPassword|clientSecret|privateKey|webhook(Url)?)$/i;
const ENV_REF = /^\$\{[A-Z0-9_]+\}$/;

function mask(v) {
  const s = String(v);
  if (s.length <= 8) return '•'.repeat(s.length);
  return s.slice(0, 4) + '…' + s.slice(-2) + ` (${s.length} chars)`;
}

function walk(obj, trail, out) {
  if (Array.isArray(obj)) return obj.forEach((v, i) => walk(v, trail.concat(String(i)), out));
  if (!obj || typeof obj !== 'object') return;
  for (const [k, v] of Object.entries(obj)) {
    const p = trail.concat(k);
    if (typeof v === 'string' && SECRET_KEY.test(k) && v && !ENV_REF.test(v)) out.push({ path: p.join('.'), key: k, value: v });
    else walk(v, p, out);
  }
}

function parseJson5(text) {
  // openclaw.json is JSON5; strip comments and trailing commas, quote bare keys.
  const s = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":')
    .replace(/'([^'\\]*(?:\\.[^'\\]*)*)'/g, (_, x) => JSON.stringify(x));
  return JSON.parse(s);
}

function modeOf(file) {
  try { return fs.statSync(file).mode & 0o777; } catch (_) { return null; }
}

function scan(stateDir) {
  const findings = [];
  const files = [];
  const cfgFile = path.join(stateDir, 'openclaw.json');
  if (fs.existsSync(cfgFile)) {
    files.push(cfgFile);
    try {
      const out = [];
      walk(parseJson5(fs.readFileSync(cfgFile, 'utf8')), [], out);
      for (const f of out) findings.push({ file: cfgFile, ...f });
    } catch (e) {
      findings.push({ file: cfgFile, path: '(parse error)', key: '', value: '', error: e.message });
    }
  }
  const agents = path.join(stateDir, 'agents');
  try {
    for (const a of fs.readdirSync(agents)) {
      const f = path.join(agents, a, 'agent', 'auth-profiles.json');
      if (fs.existsSync(f)) files.push(f);
    }
  } catch (_) {}
  const creds = path.join(stateDir, 'credentials');
  try {
    for (const c of fs.readdirSync(creds)) files.push(path.join(creds, c));
  } catch (_) {}
  const perms = files.map((f) => ({ file: f, mode: modeOf(f) })).filter((x) => x.mode !== null && (x.mode & 0o077));
  return { findings, perms, stateMode: modeOf(stateDir) };
}

module.exports = { scan, mask };
