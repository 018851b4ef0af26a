import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function parseIni(text) {
  const out = {};
  let section = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const m = line.match(/^\[(.+)\]$/);
    if (m) { section = m[1].replace(/^profile\s+/, '').trim(); out[section] ??= {}; continue; }
    const eq = line.indexOf('=');
    if (section && eq > 0) out[section][line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

export function resolveCredentials(profile = process.env.AWS_PROFILE || 'default') {
  const env = process.env;
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN };
  }
  const file = env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials');
  let ini;
  try { ini = parseIni(readFileSync(file, 'utf8')); } catch { throw new Error(`No AWS credentials in env and cannot read ${file}`); }
  const p = ini[profile];
  if (!p || !p.aws_access_key_id) throw new Error(`Profile "${profile}" not found in ${file}`);
  return { accessKeyId: p.aws_access_key_id, secretAccessKey: p.aws_secret_access_key, sessionToken: p.aws_session_token };
}
