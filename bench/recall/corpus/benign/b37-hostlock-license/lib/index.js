'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { components } = require('./fingerprint');

// Vendor's license-signing public key (Ed25519).
const VENDOR_PUBLIC_KEY = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAlnQIB27yozSbz5rP5Jxqq/cQFm0VQOl6qTMzEF0KAhk=\n-----END PUBLIC KEY-----';

class LicenseError extends Error {
  constructor(code, message) { super(message); this.code = code; this.name = 'LicenseError'; }
}

function defaultPath(product) {
  return path.join(os.homedir(), '.config', product, 'license.key');
}

/**
 * License file format (base64 of): 'HL2' | salt(16) | iv(12) | tag(16) | ciphertext
 * The body is encrypted with a key derived from the machine fingerprint the
 * license was issued for, so a copied license file is unreadable elsewhere;
 * inside is a JSON document plus an Ed25519 signature from the vendor.
 */
function openLicense(blob) {
  const buf = Buffer.from(blob.trim(), 'base64');
  if (buf.subarray(0, 3).toString() !== 'HL2') throw new LicenseError('FORMAT', 'not a hostlock license');
  const salt = buf.subarray(3, 19), iv = buf.subarray(19, 31), tag = buf.subarray(31, 47), body = buf.subarray(47);
  const c = components();
  const candidates = [[c.host, c.machine], [c.host, c.mac], [c.machine, c.mac]];
  for (const pair of candidates) {
    const key = crypto.hkdfSync('sha256', Buffer.from(pair.join('|')), salt, 'hostlock-license v2', 32);
    try {
      const d = crypto.createDecipheriv('aes-256-gcm', Buffer.from(key), iv);
      d.setAuthTag(tag);
      return JSON.parse(Buffer.concat([d.update(body), d.final()]).toString('utf8'));
    } catch { /* try next pair */ }
  }
  throw new LicenseError('MACHINE', 'license was issued for a different machine');
}

function verify({ product, file = defaultPath(product), now = Date.now() } = {}) {
  let blob;
  try { blob = fs.readFileSync(file, 'utf8'); } catch { throw new LicenseError('MISSING', `no license at ${file}`); }
  const doc = openLicense(blob);
  const payload = Buffer.from(JSON.stringify(doc.license));
  const ok = crypto.verify(null, payload, VENDOR_PUBLIC_KEY, Buffer.from(doc.signature, 'base64'));
  if (!ok) throw new LicenseError('SIGNATURE', 'license signature is invalid');
  if (doc.license.product !== product) throw new LicenseError('PRODUCT', 'license is for another product');
  if (doc.license.expires && Date.parse(doc.license.expires) < now) throw new LicenseError('EXPIRED', `license expired on ${doc.license.expires}`);
  return doc.license;
}

module.exports = { verify, LicenseError, defaultPath };
