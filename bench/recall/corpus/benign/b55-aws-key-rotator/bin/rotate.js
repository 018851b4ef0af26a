#!/usr/bin/env node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const ini = require('../lib/ini');
const iam = require('../lib/iam');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 ? process.argv[i + 1] : def;
}

(async () => {
  let fileCfg = {};
  try { fileCfg = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.config', 'aws-key-rotator.json'), 'utf8')); } catch (_) {}
  const profile = arg('profile', process.env.AWS_PROFILE || 'default');
  const endpoint = arg('endpoint', fileCfg.endpoint);
  const region = arg('region', fileCfg.region || 'us-east-1');
  const dry = process.argv.includes('--dry-run');
  if (!endpoint) { console.error('error: no IAM endpoint configured (use --endpoint or ~/.config/aws-key-rotator.json)'); process.exit(2); }

  const credFile = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials');
  const creds = ini.parse(fs.readFileSync(credFile, 'utf8'));
  const p = creds[profile];
  if (!p || !p.aws_access_key_id) { console.error(`error: profile "${profile}" not found in ${credFile}`); process.exit(2); }

  const oldCfg = { endpoint, region, key: p.aws_access_key_id, secret: p.aws_secret_access_key, token: p.aws_session_token };
  const user = await iam.whoami(oldCfg);
  console.log(`profile ${profile}: user ${user}, current key ${p.aws_access_key_id}`);
  if (dry) { console.log('dry run: no changes made'); return; }

  const fresh = await iam.createKey(oldCfg);
  const newCfg = { endpoint, region, key: fresh.id, secret: fresh.secret };
  let ok = false;
  for (let i = 0; i < 6 && !ok; i++) {
    try { await iam.whoami(newCfg); ok = true; } catch (_) { await new Promise((r) => setTimeout(r, 5000)); }
  }
  if (!ok) { console.error(`new key ${fresh.id} could not be verified; old key left in place`); process.exit(1); }

  fs.copyFileSync(credFile, credFile + '.bak');
  fs.chmodSync(credFile + '.bak', 0o600);
  creds[profile] = { ...p, aws_access_key_id: fresh.id, aws_secret_access_key: fresh.secret };
  fs.writeFileSync(credFile, ini.stringify(creds), { mode: 0o600 });
  await iam.deleteKey(newCfg, p.aws_access_key_id);
  console.log(`rotated: ${p.aws_access_key_id} -> ${fresh.id} (old key deleted)`);
})().catch((e) => { console.error(e.message); process.exit(1); });
