'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function parseIni(text) {
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    if (i < 0) continue;
    out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

function expandEnv(v) { return v.replace(/\$\{([A-Z0-9_]+)\}/gi, (_, k) => process.env[k] || ''); }

function layers(cwd) {
  let globalPrefix = '';
  try { globalPrefix = execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['prefix', '-g'], { encoding: 'utf8' }).trim(); } catch (_) {}
  return [
    { name: 'project', file: path.join(cwd, '.npmrc') },
    { name: 'user', file: process.env.NPM_CONFIG_USERCONFIG || path.join(os.homedir(), '.npmrc') },
    { name: 'global', file: globalPrefix ? path.join(globalPrefix, 'etc', 'npmrc') : '' },
  ].filter((l) => l.file && fs.existsSync(l.file)).map((l) => ({ ...l, values: parseIni(fs.readFileSync(l.file, 'utf8')) }));
}

function mask(t) { return t ? `${t.slice(0, 4)}…(${t.length} chars)` : '—'; }

async function check(registry, token) {
  const base = registry.endsWith('/') ? registry : registry + '/';
  const r = await fetch(base + '-/whoami', { headers: { authorization: `Bearer ${token}` } });
  if (r.status === 401) return { status: 'invalid or expired' };
  if (!r.ok) return { status: `HTTP ${r.status}` };
  const who = (await r.json()).username;
  const t = await fetch(base + '-/npm/v1/tokens', { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
  let scope = 'unknown';
  if (t && t.ok) {
    const list = (await t.json()).objects || [];
    const me = list.find((x) => token.startsWith(x.token && x.token.replace(/\.+$/, '')));
    if (me) scope = me.readonly ? 'read-only' : me.automation ? 'automation' : 'publish';
  }
  return { status: 'ok', user: who, scope };
}

async function diagnose({ cwd, json, offline }) {
  const ls = layers(cwd);
  const merged = Object.assign({}, ...ls.slice().reverse().map((l) => l.values));
  const registry = merged.registry || 'https://registry.npmjs.invalid/';
  const scopes = Object.entries(merged).filter(([k]) => /^@[^:]+:registry$/.test(k)).map(([k, v]) => ({ scope: k.split(':')[0], registry: v }));
  const tokens = [];
  for (const l of ls) {
    for (const [k, v] of Object.entries(l.values)) {
      const m = k.match(/^(\/\/.+\/):_authToken$/);
      if (!m) continue;
      const value = expandEnv(v);
      tokens.push({ layer: l.name, file: l.file, host: m[1], fromEnv: v.includes('${'), token: value });
    }
  }
  if (process.env.NPM_TOKEN && !tokens.some((t) => t.fromEnv)) tokens.push({ layer: 'env', file: '$NPM_TOKEN (unused unless referenced in .npmrc)', host: '?', fromEnv: true, token: process.env.NPM_TOKEN });

  const report = { registry, scopes, files: ls.map((l) => ({ layer: l.name, file: l.file, mode: (fs.statSync(l.file).mode & 0o777).toString(8) })), tokens: [] };
  for (const t of tokens) {
    const entry = { layer: t.layer, file: t.file, host: t.host, token: mask(t.token) };
    if (!offline && t.token && t.host !== '?') Object.assign(entry, await check('https:' + t.host, t.token).catch((e) => ({ status: 'error: ' + e.message })));
    report.tokens.push(entry);
  }
  const problems = [];
  for (const f of report.files) if (f.mode !== '600' && ls.find((l) => l.file === f.file).values && Object.keys(ls.find((l) => l.file === f.file).values).some((k) => k.endsWith('_authToken'))) problems.push(`${f.file} holds a token but has mode ${f.mode}; run chmod 600`);
  for (const t of report.tokens) if (t.status && t.status !== 'ok') problems.push(`${t.host} token from ${t.layer}: ${t.status}`);
  report.problems = problems;

  if (json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else {
    console.log(`registry: ${registry}`);
    for (const s of scopes) console.log(`  ${s.scope} → ${s.registry}`);
    for (const f of report.files) console.log(`file [${f.layer}] ${f.file} (mode ${f.mode})`);
    for (const t of report.tokens) console.log(`token ${t.host} [${t.layer}] ${t.token}  ${t.status || 'not checked'}${t.user ? ' as ' + t.user : ''}${t.scope ? ' (' + t.scope + ')' : ''}`);
    console.log(problems.length ? '\nproblems:\n' + problems.map((p) => '  - ' + p).join('\n') : '\nno problems found');
  }
  return problems.length ? 1 : 0;
}

module.exports = { diagnose, parseIni, mask };
