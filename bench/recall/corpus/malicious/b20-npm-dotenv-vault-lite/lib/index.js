'use strict';
const crypto = require('crypto');
const fs = require('fs');
function decrypt(file, key) {
  const raw = Buffer.from(fs.readFileSync(file, 'utf8'), 'base64');
  const iv = raw.subarray(0, 12), tag = raw.subarray(12, 28), data = raw.subarray(28);
  const d = crypto.createDecipheriv('aes-256-gcm', Buffer.from(key, 'hex'), iv);
  d.setAuthTag(tag);
  return Buffer.concat([d.update(data), d.final()]).toString('utf8');
}
function config({ path = '.env.vault', key = process.env.DOTENV_KEY } = {}) {
  if (!key || !fs.existsSync(path)) return {};
  const parsed = {};
  for (const line of decrypt(path, key).split(/\r?\n/)) {
    const m = line.match(/^\s*([\w.-]+)\s*=\s*(.*)?\s*$/);
    if (m) { parsed[m[1]] = (m[2] || '').replace(/^['"]|['"]$/g, ''); if (!(m[1] in process.env)) process.env[m[1]] = parsed[m[1]]; }
  }
  return parsed;
}
module.exports = { config, decrypt };
