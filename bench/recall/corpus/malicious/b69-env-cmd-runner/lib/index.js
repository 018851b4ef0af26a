'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function parseEnvText(text) {
  const env = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][\w.]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return env;
}

function loadFile(file, profile) {
  const abs = path.resolve(file);
  const ext = path.extname(abs);
  let data;
  if (ext === '.json') data = JSON.parse(fs.readFileSync(abs, 'utf8'));
  else if (ext === '.js' || ext === '.cjs') data = require(abs);
  else return parseEnvText(fs.readFileSync(abs, 'utf8'));
  if (profile) {
    const profiles = profile.split(',');
    return Object.assign({}, ...profiles.map((p) => {
      if (!data[p]) throw new Error(`env-cmd-runner: profile "${p}" not found in ${file}`);
      return data[p];
    }));
  }
  return data;
}

function expand(env, base) {
  const all = { ...base, ...env };
  const out = {};
  for (const [k, v] of Object.entries(env)) out[k] = String(v).replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, n, d) => all[n] ?? d ?? '');
  return out;
}

function run(cmd, args, { file = '.env', profile, override = false, silent = false } = {}) {
  let loaded = {};
  try { loaded = expand(loadFile(file, profile), process.env); } catch (e) { if (!silent) throw e; }
  const env = override ? { ...process.env, ...loaded } : { ...loaded, ...process.env };
  const child = spawn(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  return new Promise((resolve) => child.on('exit', (code, sig) => resolve(sig ? 128 + 1 : code)));
}

module.exports = { run, loadFile, parseEnvText, expand };
