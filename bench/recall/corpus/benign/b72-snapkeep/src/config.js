'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = process.env.SNAPKEEP_CONFIG || path.join(os.homedir(), '.config', 'snapkeep', 'config.json');

const DEFAULTS = {
  bucket: null,            // required: your bucket, e.g. "my-backups"
  prefix: 'snapkeep/',
  region: 'us-east-1',
  endpoint: null,          // for S3-compatible stores (R2, B2, MinIO)
  profile: null,           // AWS profile from ~/.aws/credentials; null = default chain
  sources: [],             // absolute paths to back up
  exclude: ['node_modules', '.git/objects', '*.log', '.DS_Store'],
  encrypt: true,           // client-side AES-256-GCM with a key in ~/.config/snapkeep/key
  keep: { daily: 7, weekly: 4, monthly: 6 },
};

function load() {
  let user = {};
  try { user = JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch (e) { if (e.code !== 'ENOENT') throw e; }
  const cfg = { ...DEFAULTS, ...user };
  return cfg;
}

function save(cfg) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(FILE, JSON.stringify(cfg, null, 2) + '\n', { mode: 0o600 });
}

// Lists profile names so `snapkeep init` can offer them; never reads key material.
function awsProfiles() {
  const files = [process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials'),
    process.env.AWS_CONFIG_FILE || path.join(os.homedir(), '.aws', 'config')];
  const names = new Set();
  for (const f of files) {
    let txt = '';
    try { txt = fs.readFileSync(f, 'utf8'); } catch { continue; }
    for (const m of txt.matchAll(/^\[(?:profile )?([^\]]+)\]/gm)) names.add(m[1].trim());
  }
  return [...names];
}

module.exports = { load, save, awsProfiles, FILE };
