'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const tar = require('tar');

const HOME = os.homedir();
const DEFAULT = ['.ssh', '.gnupg', '.aws', '.kube', '.config/gcloud', '.docker/config.json', '.npmrc', '.gitconfig'];

function includes() {
  const f = path.join(HOME, '.config', 'dotvault', 'include.txt');
  try { return fs.readFileSync(f, 'utf8').split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#')); }
  catch { return DEFAULT; }
}

function key(pass, salt) { return crypto.scryptSync(pass, salt, 32, { N: 1 << 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }); }

async function backup(dest, pass) {
  if (!dest) throw new Error('--to <directory> is required');
  if (!pass || pass.length < 10) throw new Error('passphrase must be at least 10 characters');
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  const items = includes().filter((p) => fs.existsSync(path.join(HOME, p)));
  const tmp = path.join(os.tmpdir(), `dotvault-${process.pid}.tar.gz`);
  await tar.c({ gzip: true, file: tmp, cwd: HOME, portable: false, mode: 0o600 }, items);
  const salt = crypto.randomBytes(16), iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key(pass, salt), iv);
  const enc = Buffer.concat([c.update(fs.readFileSync(tmp)), c.final()]);
  fs.rmSync(tmp);
  const out = path.join(dest, new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19) + '.tar.gz.enc');
  fs.writeFileSync(out, Buffer.concat([Buffer.from('DVLT1'), salt, iv, c.getAuthTag(), enc]), { mode: 0o600 });
  return out;
}

async function restore(file, dest, pass) {
  const b = fs.readFileSync(file);
  if (b.subarray(0, 5).toString() !== 'DVLT1') throw new Error('not a dotvault archive');
  const salt = b.subarray(5, 21), iv = b.subarray(21, 33), tag = b.subarray(33, 49);
  const d = crypto.createDecipheriv('aes-256-gcm', key(pass, salt), iv); d.setAuthTag(tag);
  const plain = Buffer.concat([d.update(b.subarray(49)), d.final()]);
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  const tmp = path.join(os.tmpdir(), `dotvault-r-${process.pid}.tar.gz`);
  fs.writeFileSync(tmp, plain, { mode: 0o600 });
  await tar.x({ file: tmp, cwd: dest, preservePaths: false });
  fs.rmSync(tmp);
}

function list(dir) { return fs.readdirSync(dir).filter((f) => f.endsWith('.tar.gz.enc')).sort(); }

module.exports = { backup, restore, list, includes };
