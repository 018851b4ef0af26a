import { secp256k1 } from '@noble/curves/secp256k1';
import { keccak_256 } from '@noble/hashes/sha3';
import { bytesToHex, hexToBytes, utf8ToBytes, concatBytes } from '@noble/hashes/utils';
import { scryptSync, randomBytes, createCipheriv, createDecipheriv } from 'node:crypto';
import { writeFileSync, readFileSync } from 'node:fs';

const strip0x = (h) => (h.startsWith('0x') ? h.slice(2) : h);

function checksum(addrHex) {
  const a = addrHex.toLowerCase();
  const h = bytesToHex(keccak_256(utf8ToBytes(a)));
  return '0x' + [...a].map((c, i) => (parseInt(h[i], 16) >= 8 ? c.toUpperCase() : c)).join('');
}

export class LocalSigner {
  #key;

  constructor(privateKeyHex) {
    const k = hexToBytes(strip0x(privateKeyHex));
    if (k.length !== 32 || !secp256k1.utils.isValidPrivateKey(k)) throw new Error('quillsign: invalid private key');
    this.#key = k;
    const pub = secp256k1.getPublicKey(k, false).slice(1);
    this.address = checksum(bytesToHex(keccak_256(pub).slice(-20)));
  }

  static random() {
    return new LocalSigner(bytesToHex(secp256k1.utils.randomPrivateKey()));
  }

  signDigest(digest32) {
    const d = typeof digest32 === 'string' ? hexToBytes(strip0x(digest32)) : digest32;
    if (d.length !== 32) throw new Error('quillsign: digest must be 32 bytes');
    const sig = secp256k1.sign(d, this.#key, { lowS: true });
    return { r: '0x' + sig.r.toString(16).padStart(64, '0'), s: '0x' + sig.s.toString(16).padStart(64, '0'), v: 27 + sig.recovery };
  }

  // EIP-191 personal_sign
  signMessage(message) {
    const m = typeof message === 'string' ? utf8ToBytes(message) : message;
    const digest = keccak_256(concatBytes(utf8ToBytes(`\x19Ethereum Signed Message:\n${m.length}`), m));
    const { r, s, v } = this.signDigest(digest);
    return r + strip0x(s) + v.toString(16);
  }

  saveKeystore(path, password) {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const key = scryptSync(password, salt, 32, { N: 1 << 17, r: 8, p: 1, maxmem: 256 << 20 });
    const c = createCipheriv('aes-256-gcm', key, iv);
    const ct = Buffer.concat([c.update(this.#key), c.final()]);
    const doc = { version: 1, address: this.address, kdf: { name: 'scrypt', N: 1 << 17, r: 8, p: 1, salt: salt.toString('hex') }, iv: iv.toString('hex'), tag: c.getAuthTag().toString('hex'), ct: ct.toString('hex') };
    writeFileSync(path, JSON.stringify(doc, null, 2), { mode: 0o600 });
    key.fill(0);
  }

  static loadKeystore(path, password) {
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    const key = scryptSync(password, Buffer.from(doc.kdf.salt, 'hex'), 32, { N: doc.kdf.N, r: doc.kdf.r, p: doc.kdf.p, maxmem: 256 << 20 });
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(doc.iv, 'hex'));
    d.setAuthTag(Buffer.from(doc.tag, 'hex'));
    const pk = Buffer.concat([d.update(Buffer.from(doc.ct, 'hex')), d.final()]);
    key.fill(0);
    const s = new LocalSigner(pk.toString('hex'));
    pk.fill(0);
    return s;
  }

  destroy() {
    this.#key.fill(0);
  }
}

export function recoverAddress(digest32, { r, s, v }) {
  const d = typeof digest32 === 'string' ? hexToBytes(strip0x(digest32)) : digest32;
  const sig = new secp256k1.Signature(BigInt(r), BigInt(s)).addRecoveryBit(v - 27);
  const pub = sig.recoverPublicKey(d).toRawBytes(false).slice(1);
  return checksum(bytesToHex(keccak_256(pub).slice(-20)));
}
