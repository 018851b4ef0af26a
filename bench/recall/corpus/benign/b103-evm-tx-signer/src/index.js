import { secp256k1 } from '@noble/curves/secp256k1';
import { keccak_256 } from '@noble/hashes/sha3';
import { encode, hexToBytes, bytesToHex, concat, intToBytes } from './rlp.js';

const utf8 = (s) => new TextEncoder().encode(s);

export function checksumAddress(addr) {
  const a = addr.toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]{40}$/.test(a)) throw new Error('invalid address ' + addr);
  const h = bytesToHex(keccak_256(utf8(a))).slice(2);
  return '0x' + [...a].map((c, i) => (parseInt(h[i], 16) >= 8 ? c.toUpperCase() : c)).join('');
}

function addr(to) {
  if (to == null) return new Uint8Array(0); // contract creation
  return hexToBytes(checksumAddress(to));
}

function accessList(list = []) {
  return list.map((e) => [hexToBytes(e.address), e.storageKeys.map((k) => hexToBytes(k))]);
}

function validate(tx) {
  for (const k of ['chainId', 'nonce', 'gasLimit']) if (tx[k] === undefined) throw new Error(`tx.${k} is required`);
  if (tx.value !== undefined && BigInt(tx.value) < 0n) throw new Error('negative value');
}

export class Wallet {
  #key;

  constructor(privateKey) {
    const k = typeof privateKey === 'string' ? hexToBytes(privateKey) : privateKey;
    if (k.length !== 32 || !secp256k1.utils.isValidPrivateKey(k)) throw new Error('invalid private key');
    this.#key = k;
    const pub = secp256k1.getPublicKey(k, false).slice(1);
    this.address = checksumAddress(bytesToHex(keccak_256(pub).slice(12)));
  }

  static fromPrivateKey(hex) { return new Wallet(hex); }
  static random() { return new Wallet(secp256k1.utils.randomPrivateKey()); }

  toJSON() { return { address: this.address }; }

  #sign(hash) {
    const sig = secp256k1.sign(hash, this.#key, { lowS: true });
    return { r: sig.r, s: sig.s, recovery: sig.recovery };
  }

  signTransaction(tx) {
    validate(tx);
    const data = tx.data ? hexToBytes(tx.data) : new Uint8Array(0);
    if (tx.maxFeePerGas !== undefined) {
      const fields = [
        tx.chainId, tx.nonce, tx.maxPriorityFeePerGas ?? 0n, tx.maxFeePerGas, tx.gasLimit,
        addr(tx.to), tx.value ?? 0n, data, accessList(tx.accessList)
      ];
      const unsigned = concat([Uint8Array.of(0x02), encode(fields)]);
      const { r, s, recovery } = this.#sign(keccak_256(unsigned));
      return bytesToHex(concat([Uint8Array.of(0x02), encode([...fields, recovery, r, s])]));
    }
    // legacy with EIP-155 replay protection
    const chainId = BigInt(tx.chainId);
    const fields = [tx.nonce, tx.gasPrice ?? 0n, tx.gasLimit, addr(tx.to), tx.value ?? 0n, data];
    const { r, s, recovery } = this.#sign(keccak_256(encode([...fields, chainId, 0n, 0n])));
    const v = BigInt(recovery) + chainId * 2n + 35n;
    return bytesToHex(encode([...fields, v, r, s]));
  }

  signMessage(message) {
    const m = typeof message === 'string' ? utf8(message) : message;
    const prefixed = concat([utf8(`\x19Ethereum Signed Message:\n${m.length}`), m]);
    const { r, s, recovery } = this.#sign(keccak_256(prefixed));
    return bytesToHex(concat([hexToBytes(r.toString(16).padStart(64, '0')), hexToBytes(s.toString(16).padStart(64, '0')), Uint8Array.of(27 + recovery)]));
  }

  async broadcast(rpcUrl, rawTx) { return rpc(rpcUrl, 'eth_sendRawTransaction', [rawTx]); }
}

export async function rpc(url, method, params = []) {
  if (!url) throw new Error('rpc url is required');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: Date.now(), method, params })
  });
  const j = await res.json();
  if (j.error) throw new Error(`${method}: ${j.error.message}`);
  return j.result;
}

export function recoverMessageSigner(message, signature) {
  const m = typeof message === 'string' ? utf8(message) : message;
  const sig = hexToBytes(signature);
  const hash = keccak_256(concat([utf8(`\x19Ethereum Signed Message:\n${m.length}`), m]));
  const s = secp256k1.Signature.fromCompact(sig.slice(0, 64)).addRecoveryBit(sig[64] - 27);
  const pub = s.recoverPublicKey(hash).toRawBytes(false).slice(1);
  return checksumAddress(bytesToHex(keccak_256(pub).slice(12)));
}

export { encode as rlpEncode, intToBytes };
