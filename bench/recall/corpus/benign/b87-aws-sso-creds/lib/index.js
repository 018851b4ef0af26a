'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { parseIni } = require('./ini');

const awsDir = () => process.env.AWS_CONFIG_DIR || path.join(os.homedir(), '.aws');

function loadProfile(name) {
  const file = process.env.AWS_CONFIG_FILE || path.join(awsDir(), 'config');
  const ini = parseIni(fs.readFileSync(file, 'utf8'));
  const profile = ini[name === 'default' ? 'default' : `profile ${name}`];
  if (!profile) throw new Error(`profile "${name}" not found in ${file}`);
  let session = null;
  if (profile.sso_session) {
    session = ini[`sso-session ${profile.sso_session}`];
    if (!session) throw new Error(`sso-session "${profile.sso_session}" not found`);
  }
  const startUrl = session ? session.sso_start_url : profile.sso_start_url;
  const region = session ? session.sso_region : profile.sso_region;
  if (!startUrl || !region || !profile.sso_account_id || !profile.sso_role_name) {
    throw new Error(`profile "${name}" is not an SSO profile`);
  }
  return {
    cacheKey: profile.sso_session || startUrl,
    region,
    accountId: profile.sso_account_id,
    roleName: profile.sso_role_name
  };
}

function loadToken(cacheKey) {
  const hash = crypto.createHash('sha1').update(cacheKey).digest('hex');
  const file = path.join(awsDir(), 'sso', 'cache', `${hash}.json`);
  let tok;
  try {
    tok = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error('no SSO token cached; run "aws sso login" first');
  }
  if (new Date(tok.expiresAt).getTime() < Date.now()) {
    throw new Error('SSO token expired; run "aws sso login" again');
  }
  return tok.accessToken;
}

async function getRoleCredentials({ region, accountId, roleName }, accessToken) {
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) throw new Error(`invalid sso_region ${region}`);
  const url = new URL(`https://portal.sso.${region}.amazonaws.com/federation/credentials`);
  url.searchParams.set('account_id', accountId);
  url.searchParams.set('role_name', roleName);
  const res = await fetch(url, { headers: { 'x-amz-sso_bearer_token': accessToken } });
  if (!res.ok) throw new Error(`GetRoleCredentials failed: HTTP ${res.status}`);
  const { roleCredentials: c } = await res.json();
  return {
    Version: 1,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    Expiration: new Date(c.expiration).toISOString()
  };
}

function cachePath(profileName, p) {
  const key = crypto.createHash('sha1').update(JSON.stringify([profileName, p.accountId, p.roleName])).digest('hex');
  return path.join(awsDir(), 'cli', 'cache', `aws-sso-creds-${key}.json`);
}

async function credentials(profileName, { cache = false } = {}) {
  const p = loadProfile(profileName);
  const file = cachePath(profileName, p);
  if (cache) {
    try {
      const cached = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (new Date(cached.Expiration).getTime() - Date.now() > 5 * 60_000) return cached;
    } catch { /* miss */ }
  }
  const creds = await getRoleCredentials(p, loadToken(p.cacheKey));
  if (cache) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, JSON.stringify(creds), { mode: 0o600 });
  }
  return creds;
}

module.exports = { credentials, loadProfile };
