'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseIni(text) {
  const out = {};
  let sec = null;
  for (const raw of String(text).split(/\r?\n/)) {
    const line = raw.replace(/\s*[;#].*$/, '').trim();
    if (!line) continue;
    const s = /^\[(.+)\]$/.exec(line);
    if (s) { sec = s[1].trim(); out[sec] = out[sec] || {}; continue; }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line);
    if (kv && sec) out[sec][kv[1].trim().toLowerCase()] = kv[2].trim();
  }
  return out;
}

function read(file) { try { return parseIni(fs.readFileSync(file, 'utf8')); } catch (_) { return {}; } }

function mask(id) { return id ? `${id.slice(0, 4)}…${id.slice(-4)}` : ''; }

function load() {
  const dir = path.join(os.homedir(), '.aws');
  const cfgFile = process.env.AWS_CONFIG_FILE || path.join(dir, 'config');
  const credFile = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(dir, 'credentials');
  const cfg = read(cfgFile), creds = read(credFile);
  const profiles = new Map();
  for (const [sec, v] of Object.entries(cfg)) {
    const name = sec === 'default' ? 'default' : sec.startsWith('profile ') ? sec.slice(8).trim() : null;
    if (name) profiles.set(name, { name, ...v });
  }
  for (const [name, v] of Object.entries(creds)) {
    const p = profiles.get(name) || { name };
    // keep only what we display; the secret key is never copied out of the parsed file
    p.accessKeyId = mask(v.aws_access_key_id);
    p.hasStaticKeys = Boolean(v.aws_access_key_id && v.aws_secret_access_key);
    p.hasSessionToken = Boolean(v.aws_session_token);
    profiles.set(name, p);
  }
  return [...profiles.values()].map((p) => ({
    name: p.name,
    kind: p.sso_start_url || p.sso_session ? 'sso' : p.role_arn ? 'assume-role' : p.hasStaticKeys ? (p.hasSessionToken ? 'session' : 'static') : p.credential_process ? 'process' : 'config-only',
    region: p.region || '',
    account: p.sso_account_id || (p.role_arn ? p.role_arn.split(':')[4] : ''),
    role: p.sso_role_name || (p.role_arn ? p.role_arn.split('/').pop() : ''),
    accessKeyId: p.accessKeyId || ''
  })).sort((a, b) => a.name.localeCompare(b.name));
}

module.exports = { load, parseIni, mask };
