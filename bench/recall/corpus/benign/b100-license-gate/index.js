'use strict';

// Offline licence verification for desktop/CLI products.
// Licence format: LG2.<base64url(JSON claims)>.<base64url(Ed25519 signature)>
//
// The vendor's Ed25519 *public* key is embedded below lightly masked. This is
// not secret (a public key cannot forge licences); the masking just stops the
// most casual "search and replace the key" patching of the published bundle.

const crypto = require('crypto');

const KEY_MASKED = 'XFIjLki3+tnxZn473f6PTSCgzb9+H37cbmamnT3XhvdPkA7Ujk0Mm63+DtI=';
const MASK = 'lg-v2/keyring';

let publicKey = null;

function vendorKey() {
  if (publicKey) return publicKey;
  const m = Buffer.from(MASK);
  const der = Buffer.from(Buffer.from(KEY_MASKED, 'base64').map((b, i) => b ^ m[i % m.length] ^ ((i * 31) & 0xff)));
  publicKey = crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
  return publicKey;
}

class LicenseError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function parse(licence) {
  const parts = String(licence || '').trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'LG2') throw new LicenseError('FORMAT', 'Not a valid licence key');
  const payload = Buffer.from(parts[1], 'base64url');
  const signature = Buffer.from(parts[2], 'base64url');
  let claims;
  try {
    claims = JSON.parse(payload.toString('utf8'));
  } catch (e) {
    throw new LicenseError('FORMAT', 'Licence payload is not JSON');
  }
  return { payload, signature, claims };
}

function verify(licence, { now = Date.now(), feature, key } = {}) {
  const { payload, signature, claims } = parse(licence);
  const ok = crypto.verify(null, payload, key || vendorKey(), signature);
  if (!ok) throw new LicenseError('SIGNATURE', 'Licence signature is invalid');
  const t = Math.floor(now / 1000);
  if (claims.nbf && t < claims.nbf) throw new LicenseError('NOT_YET_VALID', 'Licence is not valid yet');
  if (claims.exp && t > claims.exp) throw new LicenseError('EXPIRED', `Licence expired on ${new Date(claims.exp * 1000).toISOString().slice(0, 10)}`);
  if (feature && !(claims.features || []).includes(feature)) throw new LicenseError('FEATURE', `Licence does not include "${feature}"`);
  return claims;
}

function check(licence, opts) {
  try {
    return { valid: true, claims: verify(licence, opts) };
  } catch (e) {
    return { valid: false, code: e.code || 'ERROR', reason: e.message };
  }
}

module.exports = { verify, check, parse, LicenseError };
