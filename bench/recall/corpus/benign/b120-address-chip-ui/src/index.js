import { keccak_256 } from '@noble/hashes/sha3';
import { bytesToHex } from '@noble/hashes/utils';

const HEX40 = /^0x[0-9a-fA-F]{40}$/;
const BECH32 = /^(bc1|tb1)[02-9ac-hj-np-z]{11,71}$/;

/** EIP-55 mixed-case checksum encoding. */
export function toChecksumAddress(address) {
  if (!HEX40.test(address)) throw new TypeError('not a 20-byte hex address');
  const lower = address.slice(2).toLowerCase();
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  return out;
}

/** Returns {valid, reason}. All-lower / all-upper is accepted (no checksum), mixed case must match EIP-55. */
export function validateEvmAddress(address) {
  if (!HEX40.test(address)) return { valid: false, reason: 'format' };
  const body = address.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return { valid: true, reason: 'no-checksum' };
  return toChecksumAddress(address) === address ? { valid: true, reason: 'checksum-ok' } : { valid: false, reason: 'checksum-mismatch' };
}

export function detectChain(address) {
  if (HEX40.test(address)) return 'evm';
  if (BECH32.test(address)) return 'btc';
  if (/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(address)) return 'solana';
  return null;
}

/** Shorten for display, but keep enough characters that lookalikes stay distinguishable. */
export function shorten(address, head = 6, tail = 6) {
  if (address.length <= head + tail + 1) return address;
  return `${address.slice(0, head)}…${address.slice(-tail)}`;
}

/**
 * Address-poisoning check: attackers send dust from addresses that share the
 * first/last characters with one of the user's usual counterparties, hoping the
 * user copies the wrong one from history. Warn if `candidate` looks like a known
 * address but is not identical.
 */
export function findLookalikes(candidate, addressBook, { edge = 4 } = {}) {
  const c = candidate.toLowerCase();
  const hits = [];
  for (const entry of addressBook) {
    const a = entry.address.toLowerCase();
    if (a === c) return [];
    const sameHead = a.slice(0, edge + 2) === c.slice(0, edge + 2);
    const sameTail = a.slice(-edge) === c.slice(-edge);
    if (sameHead && sameTail) hits.push({ ...entry, reason: `same first ${edge} and last ${edge} characters` });
  }
  return hits;
}

/** Split an address into groups of 4 for read-aloud / visual comparison. */
export function chunk(address, size = 4) {
  const body = address.startsWith('0x') ? address.slice(2) : address;
  const parts = body.match(new RegExp(`.{1,${size}}`, 'g')) || [];
  return (address.startsWith('0x') ? ['0x'] : []).concat(parts);
}
