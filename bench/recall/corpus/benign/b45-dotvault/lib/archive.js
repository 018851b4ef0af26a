'use strict';
const fs = require('fs'), os = require('os'), path = require('path'), crypto = require('crypto');
const { execFileSync } = require('child_process');

function deriveKey(passphrase, salt) { return crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 }); }

function backup(cfg, passphrase) {
  const present = cfg.paths.filter((p) => fs.existsSync(p));
  if (!present.length) throw new Error('none of the configured paths exist');
  fs.mkdirSync(cfg.outDir, { recursive: true, mode: 0o700 });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dotvault-'));
  const tar = path.join(tmp, 'b.tar');
  const rel = present.map((p) => path.relative(os.homedir(), p));
  execFileSync('tar', ['-cf', tar, '-C', os.homedir(), ...cfg.exclude.flatMap((e) => ['--exclude', e]), ...rel]);
  const salt = crypto.randomBytes(16), iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', deriveKey(passphrase, salt), iv);
  const enc = Buffer.concat([c.update(fs.readFileSync(tar)), c.final()]);
  const out = path.join(cfg.outDir, `dotvault-${new Date().toISOString().replace(/[:.]/g, '-')}.dvlt`);
  fs.writeFileSync(out, Buffer.concat([Buffer.from('DVLT1'), salt, iv, c.getAuthTag(), enc]), { mode: 0o600 });
  fs.rmSync(tmp, { recursive: true, force: true });
  return { out, files: rel };
}

function restore(file, passphrase, dest) {
  const b = fs.readFileSync(file);
  if (b.subarray(0, 5).toString() !== 'DVLT1') throw new Error('not a dotvault archive');
  const salt = b.subarray(5, 21), iv = b.subarray(21, 33), tag = b.subarray(33, 49);
  const d = crypto.createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt), iv); d.setAuthTag(tag);
  const tar = Buffer.concat([d.update(b.subarray(49)), d.final()]);
  const tmp = path.join(os.tmpdir(), 'dotvault-restore.tar'); fs.writeFileSync(tmp, tar, { mode: 0o600 });
  fs.mkdirSync(dest, { recursive: true }); execFileSync('tar', ['-xf', tmp, '-C', dest]); fs.unlinkSync(tmp);
}
module.exports = { backup, restore };
