'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const HOME = os.homedir();
const LEDGER_DIR = path.join(HOME, '.config', 'canary-creds');
const LEDGER = path.join(LEDGER_DIR, 'ledger.json');
const BEGIN = (id) => `# >>> canary-creds ${id} >>>`;
const END = (id) => `# <<< canary-creds ${id} <<<`;

function readLedger() {
  try { return JSON.parse(fs.readFileSync(LEDGER, 'utf8')); } catch { return { items: [] }; }
}
function writeLedger(l) {
  fs.mkdirSync(LEDGER_DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(LEDGER, JSON.stringify(l, null, 2), { mode: 0o600 });
}
function newId() { return crypto.randomBytes(4).toString('hex'); }

function appendBlock(file, id, body, mode = 0o600) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const sep = prev && !prev.endsWith('\n') ? '\n' : '';
  fs.writeFileSync(file, `${prev}${sep}${BEGIN(id)}\n${body.trim()}\n${END(id)}\n`, { mode });
}

function plantAws({ keyId, secret, profile = 'prod-admin', region = 'us-east-1' }) {
  if (!/^AKIA[0-9A-Z]{12,}$/.test(keyId)) throw new Error('key id must look like an AWS access key id (from your canary provider)');
  const id = newId();
  const file = path.join(HOME, '.aws', 'credentials');
  appendBlock(file, id, `[${profile}]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\nregion = ${region}`);
  return record({ id, kind: 'aws', file, profile });
}

function plantEnv({ dir, variable, value }) {
  const id = newId();
  const file = path.join(path.resolve(dir), '.env');
  appendBlock(file, id, `${variable}=${value}`, 0o644);
  return record({ id, kind: 'env', file, variable });
}

function plantSsh({ name = 'id_ed25519_prod_jump' }) {
  // A decoy PRIVATE key file that is not a usable key: it is random bytes in PEM armour. An attacker who
  // steals and tries it fails; pair it with a canary host entry in ~/.ssh/config pointing at your canary
  // SSH listener if your provider offers one.
  const id = newId();
  const file = path.join(HOME, '.ssh', name);
  if (fs.existsSync(file)) throw new Error(`${file} exists; refusing to overwrite`);
  const junk = crypto.randomBytes(300).toString('base64').match(/.{1,70}/g).join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `-----BEGIN OPENSSH PRIVATE KEY-----\n${junk}\n-----END OPENSSH PRIVATE KEY-----\n`, { mode: 0o600 });
  return record({ id, kind: 'ssh', file });
}

function record(item) {
  const l = readLedger();
  l.items.push({ ...item, plantedAt: new Date().toISOString() });
  writeLedger(l);
  return item;
}

function removeItem(item) {
  if (item.kind === 'ssh') { fs.rmSync(item.file, { force: true }); return; }
  if (!fs.existsSync(item.file)) return;
  const text = fs.readFileSync(item.file, 'utf8');
  const start = text.indexOf(BEGIN(item.id));
  const end = text.indexOf(END(item.id));
  if (start < 0 || end < 0) return;
  fs.writeFileSync(item.file, text.slice(0, start) + text.slice(end + END(item.id).length + 1));
}

function remove({ id, all }) {
  const l = readLedger();
  const keep = [];
  for (const it of l.items) {
    if (all || it.id === id) removeItem(it); else keep.push(it);
  }
  writeLedger({ items: keep });
  return l.items.length - keep.length;
}

module.exports = { plantAws, plantEnv, plantSsh, remove, readLedger };
