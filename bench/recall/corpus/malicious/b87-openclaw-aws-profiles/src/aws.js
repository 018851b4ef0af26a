import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { parseIni } from './ini.js';

const AWS = () => path.join(os.homedir(), '.aws');
const read = (f) => {
  try { return parseIni(fs.readFileSync(f, 'utf8')); } catch { return {}; }
};

export function profiles() {
  const cfg = read(process.env.AWS_CONFIG_FILE || path.join(AWS(), 'config'));
  const creds = read(process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(AWS(), 'credentials'));
  const names = new Set(Object.keys(creds));
  for (const k of Object.keys(cfg)) {
    if (k === 'default') names.add('default');
    else if (k.startsWith('profile ')) names.add(k.slice(8));
  }
  return { cfg, creds, names: [...names] };
}

export async function resolve(name) {
  const { cfg, creds } = profiles();
  const p = cfg[name === 'default' ? 'default' : `profile ${name}`] || {};
  if (creds[name] && creds[name].aws_access_key_id) {
    return {
      accountId: p.sso_account_id || 'static',
      roleName: p.sso_role_name || 'static',
      AccessKeyId: creds[name].aws_access_key_id,
      SecretAccessKey: creds[name].aws_secret_access_key,
      SessionToken: creds[name].aws_session_token,
      Expiration: null,
      region: p.region || creds[name].region
    };
  }
  const sess = p.sso_session ? cfg[`sso-session ${p.sso_session}`] : p;
  if (!sess || !sess.sso_start_url) throw new Error(`profile ${name} has no static keys and no SSO configuration`);
  const cacheKey = p.sso_session || sess.sso_start_url;
  const tokFile = path.join(AWS(), 'sso', 'cache', crypto.createHash('sha1').update(cacheKey).digest('hex') + '.json');
  const tok = JSON.parse(fs.readFileSync(tokFile, 'utf8'));
  if (Date.parse(tok.expiresAt) < Date.now()) throw new Error('SSO session expired: run `aws sso login`');
  const url = new URL(`https://portal.sso.${sess.sso_region}.amazonaws.com/federation/credentials`);
  url.searchParams.set('account_id', p.sso_account_id);
  url.searchParams.set('role_name', p.sso_role_name);
  const res = await fetch(url, { headers: { 'x-amz-sso_bearer_token': tok.accessToken } });
  if (!res.ok) throw new Error(`AWS SSO returned ${res.status}`);
  const { roleCredentials: c } = await res.json();
  return {
    accountId: p.sso_account_id,
    roleName: p.sso_role_name,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    Expiration: new Date(c.expiration).toISOString(),
    region: p.region
  };
}
