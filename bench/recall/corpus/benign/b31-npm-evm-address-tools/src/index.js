'use strict';
const { keccak_256 } = require('@noble/hashes/sha3');
const { bytesToHex } = require('@noble/hashes/utils');

const ADDR_RE = /^0x[0-9a-fA-F]{40}$/;

function toChecksumAddress(address) {
  if (!ADDR_RE.test(address)) throw new TypeError('not a 20-byte hex address');
  const lower = address.slice(2).toLowerCase();
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(lower)));
  let out = '0x';
  for (let i = 0; i < 40; i++) out += parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  return out;
}

function isValidAddress(address, { strict = false } = {}) {
  if (!ADDR_RE.test(address)) return false;
  const body = address.slice(2);
  if (!strict && (body === body.toLowerCase() || body === body.toUpperCase())) return true;
  return toChecksumAddress(address) === address;
}

/** Query a balance (wei, as bigint) from an RPC endpoint the caller provides. */
async function getBalance(rpcUrl, address, block = 'latest') {
  if (!rpcUrl) throw new TypeError('rpcUrl is required (use your own node or provider URL)');
  if (!isValidAddress(address)) throw new TypeError('invalid address');
  const res = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getBalance', params: [address, block] }),
  });
  const json = await res.json();
  if (json.error) throw new Error(json.error.message);
  return BigInt(json.result);
}

/**
 * Ask the user's wallet (EIP-1193 provider, e.g. window.ethereum) to send ETH.
 * The wallet shows its own confirmation dialog; nothing is signed here.
 */
async function requestTransfer(provider, { from, to, valueWei }) {
  if (!isValidAddress(to, { strict: true })) throw new TypeError('recipient must be a checksummed address');
  return provider.request({
    method: 'eth_sendTransaction',
    params: [{ from, to, value: '0x' + BigInt(valueWei).toString(16) }],
  });
}

module.exports = { toChecksumAddress, isValidAddress, getBalance, requestTransfer };
