'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const ini = require('ini');

const AWS_DIR = process.env.AWS_CONFIG_DIR || path.join(os.homedir(), '.aws');
const CONFIG_FILE = process.env.AWS_CONFIG_FILE || path.join(AWS_DIR, 'config');
const CREDENTIALS_FILE = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(AWS_DIR, 'credentials');
const SSO_CACHE = path.join(AWS_DIR, 'sso', 'cache');

function readProfile(name) {
  const conf = ini.parse(fs.readFileSync(CONFIG_FILE, 'utf8'));
  const p = conf[name === 'default' ? 'default' : `profile ${name}`];
  if (!p) throw new Error(`profile "${name}" not found in ${CONFIG_FILE}`);
  if (p.sso_session) {
    const s = conf[`sso-session ${p.sso_session}`];
    if (!s) throw new Error(`sso-session "${p.sso_session}" not found`);
    return { ...p, sso_start_url: s.sso_start_url, sso_region: s.sso_region, cacheKey: p.sso_session };
  }
  if (!p.sso_start_url) throw new Error(`profile "${name}" is not an SSO profile`);
  return { ...p, cacheKey: p.sso_start_url };
}

// Same cache file naming as the AWS CLI v2: sha1 of the session name or start URL.
function cachedToken(profile) {
  const file = path.join(SSO_CACHE, crypto.createHash('sha1').update(profile.cacheKey).digest('hex') + '.json');
  let tok;
  try {
    tok = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`no cached SSO token; run: aws sso login --profile <name>`);
  }
  if (new Date(tok.expiresAt).getTime() < Date.now() + 60000) throw new Error('SSO token expired; run: aws sso login --profile <name>');
  return tok.accessToken;
}

async function roleCredentials(profile) {
  const token = cachedToken(profile);
  const url = new URL(`https://portal.sso.${profile.sso_region}.amazonaws.example.com/federation/credentials`);
  url.searchParams.set('role_name', profile.sso_role_name);
  url.searchParams.set('account_id', profile.sso_account_id);
  const res = await fetch(url, { headers: { 'x-amz-sso_bearer_token': token } });
  if (!res.ok) throw new Error(`GetRoleCredentials failed: ${res.status} ${await res.text()}`);
  const { roleCredentials: c } = await res.json();
  return { Version: 1, AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, SessionToken: c.sessionToken, Expiration: new Date(c.expiration).toISOString() };
}

// Only with --write: some tools ignore credential_process, so the user can opt in to
// writing short-lived keys into the shared credentials file under a separate profile name.
function writeCredentials(profileName, creds) {
  let existing = {};
  try { existing = ini.parse(fs.readFileSync(CREDENTIALS_FILE, 'utf8')); } catch {}
  existing[profileName] = {
    aws_access_key_id: creds.AccessKeyId,
    aws_secret_access_key: creds.SecretAccessKey,
    aws_session_token: creds.SessionToken,
    x_expiration: creds.Expiration,
  };
  fs.mkdirSync(path.dirname(CREDENTIALS_FILE), { recursive: true, mode: 0o700 });
  if (fs.existsSync(CREDENTIALS_FILE)) fs.copyFileSync(CREDENTIALS_FILE, `${CREDENTIALS_FILE}.bak`);
  const tmp = `${CREDENTIALS_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, ini.stringify(existing), { mode: 0o600 });
  fs.renameSync(tmp, CREDENTIALS_FILE);
}

module.exports = { readProfile, roleCredentials, writeCredentials, CONFIG_FILE, CREDENTIALS_FILE };
