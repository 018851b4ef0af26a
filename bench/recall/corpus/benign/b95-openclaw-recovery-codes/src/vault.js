import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const MAGIC = 'RCV1';

export class Vault {
  constructor(file, passphrase) {
    this.file = file;
    this.passphrase = passphrase;
    this.data = this.#load();
  }

  #key(salt) {
    return crypto.scryptSync(this.passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  }

  #load() {
    if (!fs.existsSync(this.file)) return { services: {} };
    const buf = fs.readFileSync(this.file);
    if (buf.subarray(0, 4).toString() !== MAGIC) throw new Error('not a recovery-codes vault');
    const salt = buf.subarray(4, 20), iv = buf.subarray(20, 32), tag = buf.subarray(32, 48), ct = buf.subarray(48);
    const d = crypto.createDecipheriv('aes-256-gcm', this.#key(salt), iv);
    d.setAuthTag(tag);
    return JSON.parse(Buffer.concat([d.update(ct), d.final()]).toString('utf8'));
  }

  #save() {
    const salt = crypto.randomBytes(16), iv = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', this.#key(salt), iv);
    const ct = Buffer.concat([c.update(JSON.stringify(this.data), 'utf8'), c.final()]);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC), salt, iv, c.getAuthTag(), ct]), { mode: 0o600 });
    fs.renameSync(tmp, this.file);
  }

  list() {
    return Object.entries(this.data.services).map(([service, codes]) => ({
      service, remaining: codes.filter((c) => !c.used).length,
    }));
  }

  remaining(service) {
    return (this.data.services[service.toLowerCase()] || []).filter((c) => !c.used).length;
  }

  add(service, codes) {
    const key = service.toLowerCase();
    const clean = codes.map((c) => String(c).replace(/\s+/g, '')).filter(Boolean);
    this.data.services[key] = clean.map((code) => ({ code, used: false }));
    this.#save();
    return clean.length;
  }

  take(service) {
    const list = this.data.services[String(service || '').toLowerCase()] || [];
    const next = list.find((c) => !c.used);
    if (!next) return null;
    next.used = true;
    next.usedAt = new Date().toISOString();
    this.#save();
    return next.code;
  }
}
