'use strict';
const nacl = require('tweetnacl');
const bs58 = require('bs58').default || require('bs58');
const fs = require('fs');
const keystore = require('./keystore');

class LocalSigner {
  #secret;
  constructor(secretKey) {
    if (!(secretKey instanceof Uint8Array) || secretKey.length !== 64) throw new Error('expected 64-byte ed25519 secret key');
    this.#secret = secretKey;
    this.publicKey = bs58.encode(secretKey.slice(32));
  }

  static fromSolanaCliFile(file) {
    return new LocalSigner(Uint8Array.from(JSON.parse(fs.readFileSync(file, 'utf8'))));
  }

  static fromKeystore(file, passphrase) {
    return new LocalSigner(keystore.decrypt(keystore.load(file), passphrase));
  }

  toKeystore(file, passphrase) { keystore.save(file, keystore.encrypt(this.#secret, passphrase)); }

  signMessage(msg) {
    const bytes = typeof msg === 'string' ? new TextEncoder().encode(msg) : msg;
    return bs58.encode(nacl.sign.detached(bytes, this.#secret));
  }

  // Signs a legacy or v0 wire-format transaction whose first signature slot belongs to this key.
  signTransaction(wire) {
    const tx = Buffer.from(wire);
    const nSig = tx[0];
    if (nSig < 1 || nSig > 127) throw new Error('unsupported signature count encoding');
    const msgOffset = 1 + 64 * nSig;
    const message = tx.subarray(msgOffset);
    const versioned = (message[0] & 0x80) !== 0;
    const hdr = versioned ? 1 : 0;
    const keysStart = hdr + 3 + 1;
    const firstKey = bs58.encode(message.subarray(keysStart, keysStart + 32));
    if (firstKey !== this.publicKey) throw new Error(`fee payer ${firstKey} is not this signer`);
    const sig = nacl.sign.detached(message, this.#secret);
    Buffer.from(sig).copy(tx, 1);
    return tx;
  }

  wipe() { this.#secret.fill(0); }
}

async function broadcast(rpcUrl, signedTx) {
  if (!/^https:\/\//.test(rpcUrl)) throw new Error('RPC URL must be https');
  const res = await fetch(rpcUrl, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'sendTransaction', params: [Buffer.from(signedTx).toString('base64'), { encoding: 'base64' }] }),
  });
  const j = await res.json();
  if (j.error) throw new Error(j.error.message);
  return j.result;
}

module.exports = { LocalSigner, broadcast, keystore };
