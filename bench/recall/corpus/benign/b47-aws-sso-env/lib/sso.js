'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync, spawnSync } = require('child_process');

const AWS_DIR = process.env.AWS_CONFIG_FILE ? path.dirname(process.env.AWS_CONFIG_FILE) : path.join(os.homedir(), '.aws');

function parseIni(text) {
  const out = {}; let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[;#].*$/, '').trim();
    if (!line) continue;
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) { cur = out[sec[1].trim()] = {}; continue; }
    const kv = /^([^=]+)=(.*)$/.exec(line);
    if (kv && cur) cur[kv[1].trim()] = kv[2].trim();
  }
  return out;
}

function profileConfig(name) {
  const cfg = parseIni(fs.readFileSync(process.env.AWS_CONFIG_FILE || path.join(AWS_DIR, 'config'), 'utf8'));
  const p = cfg[name === 'default' ? 'default' : `profile ${name}`];
  if (!p) throw new Error(`profile "${name}" not found in ~/.aws/config`);
  if (p.sso_session) Object.assign(p, cfg[`sso-session ${p.sso_session}`] || {});
  if (!p.sso_start_url || !p.sso_account_id || !p.sso_role_name) throw new Error(`profile "${name}" is not an SSO profile`);
  return p;
}

// Reads the SSO access token the AWS CLI cached after `aws sso login`.
function cachedToken(p) {
  const key = p.sso_session || p.sso_start_url;
  const file = path.join(AWS_DIR, 'sso', 'cache', crypto.createHash('sha1').update(key).digest('hex') + '.json');
  try {
    const t = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (new Date(t.expiresAt).getTime() - Date.now() > 60e3) return t;
  } catch (_) {}
  return null;
}

function login(profile) {
  const r = spawnSync('aws', ['sso', 'login', '--profile', profile], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('aws sso login failed');
}

function credentials(profile) {
  const p = profileConfig(profile);
  if (!cachedToken(p)) login(profile);
  const out = execFileSync('aws', ['configure', 'export-credentials', '--profile', profile, '--format', 'process'], { encoding: 'utf8' });
  const c = JSON.parse(out);
  return { AWS_ACCESS_KEY_ID: c.AccessKeyId, AWS_SECRET_ACCESS_KEY: c.SecretAccessKey, AWS_SESSION_TOKEN: c.SessionToken, AWS_CREDENTIAL_EXPIRATION: c.Expiration, AWS_REGION: p.region || p.sso_region };
}
module.exports = { credentials, profileConfig, parseIni };
