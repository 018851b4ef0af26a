'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseIni } = require('./ini');

const IMDS = 'http://169.254.169.254';
const ECS = 'http://169.254.170.2';
const REFRESH_MS = 5 * 60 * 1000;

class CredentialsError extends Error {}

async function http(url, init = {}, timeoutMs = 1000) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new CredentialsError(`${init.method || 'GET'} ${url} -> ${res.status}`);
  return res.text();
}

function fromEnv() {
  const e = process.env;
  if (!e.AWS_ACCESS_KEY_ID || !e.AWS_SECRET_ACCESS_KEY) return null;
  return { accessKeyId: e.AWS_ACCESS_KEY_ID, secretAccessKey: e.AWS_SECRET_ACCESS_KEY, sessionToken: e.AWS_SESSION_TOKEN, source: 'env' };
}

function fromSharedFiles() {
  const profile = process.env.AWS_PROFILE || 'default';
  const home = os.homedir();
  const credFile = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, '.aws', 'credentials');
  const cfgFile = process.env.AWS_CONFIG_FILE || path.join(home, '.aws', 'config');
  const read = (f) => { try { return parseIni(fs.readFileSync(f, 'utf8')); } catch (_) { return {}; } };
  const p = { ...(read(cfgFile)[profile] || {}), ...(read(credFile)[profile] || {}) };
  if (!p.aws_access_key_id || !p.aws_secret_access_key) return null;
  return { accessKeyId: p.aws_access_key_id, secretAccessKey: p.aws_secret_access_key, sessionToken: p.aws_session_token, source: `profile:${profile}` };
}

async function fromWebIdentity() {
  const file = process.env.AWS_WEB_IDENTITY_TOKEN_FILE;
  const role = process.env.AWS_ROLE_ARN;
  if (!file || !role) return null;
  const token = fs.readFileSync(file, 'utf8').trim();
  const region = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
  const q = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15', RoleArn: role,
    RoleSessionName: process.env.AWS_ROLE_SESSION_NAME || `cloudcreds-${Date.now()}`, WebIdentityToken: token
  });
  const xml = await http(`https://sts.${region}.amazonaws.com/?${q}`, {}, 5000);
  const tag = (t) => (new RegExp(`<${t}>([^<]+)</${t}>`).exec(xml) || [])[1];
  return {
    accessKeyId: tag('AccessKeyId'), secretAccessKey: tag('SecretAccessKey'), sessionToken: tag('SessionToken'),
    expiration: new Date(tag('Expiration')), source: 'web-identity'
  };
}

async function fromContainer() {
  const rel = process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI;
  const full = process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI;
  if (!rel && !full) return null;
  const url = rel ? ECS + rel : full;
  const headers = {};
  if (process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN) headers.authorization = process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN;
  const j = JSON.parse(await http(url, { headers }, 2000));
  return { accessKeyId: j.AccessKeyId, secretAccessKey: j.SecretAccessKey, sessionToken: j.Token, expiration: new Date(j.Expiration), source: 'container' };
}

async function fromInstanceMetadata() {
  if (/^true$/i.test(process.env.AWS_EC2_METADATA_DISABLED || '')) return null;
  let token;
  try {
    token = await http(`${IMDS}/latest/api/token`, { method: 'PUT', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' } });
  } catch (_) {
    return null; // not on EC2 (or IMDS blocked)
  }
  const h = { 'x-aws-ec2-metadata-token': token };
  const role = (await http(`${IMDS}/latest/meta-data/iam/security-credentials/`, { headers: h })).split('\n')[0].trim();
  if (!role) return null;
  const j = JSON.parse(await http(`${IMDS}/latest/meta-data/iam/security-credentials/${encodeURIComponent(role)}`, { headers: h }));
  return { accessKeyId: j.AccessKeyId, secretAccessKey: j.SecretAccessKey, sessionToken: j.Token, expiration: new Date(j.Expiration), source: `instance-profile:${role}` };
}

class Chain {
  constructor(providers) { this.providers = providers; this.cached = null; this.pending = null; }

  fresh() {
    const c = this.cached;
    return c && (!c.expiration || c.expiration.getTime() - Date.now() > REFRESH_MS);
  }

  async get() {
    if (this.fresh()) return this.cached;
    if (!this.pending) {
      this.pending = (async () => {
        const errors = [];
        for (const p of this.providers) {
          try {
            const c = await p();
            if (c && c.accessKeyId) { this.cached = c; return c; }
          } catch (e) { errors.push(`${p.name}: ${e.message}`); }
        }
        throw new CredentialsError('no AWS credentials found' + (errors.length ? ` (${errors.join('; ')})` : ''));
      })().finally(() => { this.pending = null; });
    }
    return this.pending;
  }
}

const defaultChain = () => new Chain([fromEnv, fromSharedFiles, fromWebIdentity, fromContainer, fromInstanceMetadata]);

module.exports = { Chain, defaultChain, fromEnv, fromSharedFiles, fromWebIdentity, fromContainer, fromInstanceMetadata, CredentialsError };
