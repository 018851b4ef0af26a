'use strict';
// Encrypted .env.vault support. The vault file holds one AES-256-GCM ciphertext
// per environment; the key is supplied by the user via ENVCASCADE_KEY, e.g.
//   envcascade://:key_0123...@envcascade.local/vault/.env.vault?environment=production
const crypto = require('crypto');
const fs = require('fs');
const { parse } = require('./parse');

function parseKey(dotenvKey) {
  let uri;
  try { uri = new URL(dotenvKey); } catch (e) { throw new Error('INVALID_ENVCASCADE_KEY: wrong format. Must be a valid uri'); }
  const key = uri.password;
  const environment = uri.searchParams.get('environment');
  if (!key || !key.startsWith('key_')) throw new Error('INVALID_ENVCASCADE_KEY: missing key part');
  if (!environment) throw new Error('INVALID_ENVCASCADE_KEY: missing environment part');
  return { key: key.slice(4), environmentKey: `ENVCASCADE_VAULT_${environment.toUpperCase()}` };
}

function decrypt(encrypted, keyStr) {
  const key = Buffer.from(keyStr.slice(-64), 'hex');
  let ciphertext = Buffer.from(encrypted, 'base64');
  const nonce = ciphertext.subarray(0, 12);
  const authTag = ciphertext.subarray(-16);
  ciphertext = ciphertext.subarray(12, -16);
  try {
    const aesgcm = crypto.createDecipheriv('aes-256-gcm', key, nonce);
    aesgcm.setAuthTag(authTag);
    return `${aesgcm.update(ciphertext)}${aesgcm.final()}`;
  } catch (error) {
    const isRange = error instanceof RangeError;
    const invalidKeyLength = error.message === 'Invalid key length';
    const decryptionFailed = error.message === 'Unsupported state or unable to authenticate data';
    if (isRange || invalidKeyLength) throw new Error('INVALID_ENVCASCADE_KEY: It must be 64 characters long (or more)');
    if (decryptionFailed) throw new Error('DECRYPTION_FAILED: Please check your ENVCASCADE_KEY');
    throw error;
  }
}

function encrypt(plaintext, keyHex) {
  const nonce = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.from(keyHex, 'hex'), nonce);
  const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return Buffer.concat([nonce, body, c.getAuthTag()]).toString('base64');
}

function loadVault(vaultPath, dotenvKeys) {
  const vault = parse(fs.readFileSync(vaultPath, 'utf8'));
  const errors = [];
  // ENVCASCADE_KEY may hold several comma-separated keys for rotation.
  for (const k of dotenvKeys.split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      const { key, environmentKey } = parseKey(k);
      const ciphertext = vault[environmentKey];
      if (!ciphertext) throw new Error(`NOT_FOUND_ENVCASCADE_ENVIRONMENT: cannot locate ${environmentKey} in your .env.vault file`);
      return parse(decrypt(ciphertext, key));
    } catch (e) {
      errors.push(e);
    }
  }
  throw errors[errors.length - 1];
}

module.exports = { loadVault, decrypt, encrypt, parseKey };
