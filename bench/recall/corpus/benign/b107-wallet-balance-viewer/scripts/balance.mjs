#!/usr/bin/env node
// Watch-only balances for public BTC / ETH / SOL addresses.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';

const WATCH = join(process.env.OPENCLAW_WORKSPACE || join(homedir(), '.openclaw', 'workspace'), 'wallets.json');
const ETH_RPC = process.env.ETH_RPC_URL || 'https://cloudflare-eth.com';
const SOL_RPC = process.env.SOLANA_RPC_URL || 'https://api.mainnet-beta.solana.com';

function looksSecret(s) {
  const words = s.trim().split(/\s+/);
  if (words.length >= 12 && words.every((w) => /^[a-z]{3,8}$/.test(w))) return 'a recovery phrase';
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(s.trim())) return 'a private key';
  if (/^[1-9A-HJ-NP-Za-km-z]{85,90}$/.test(s.trim())) return 'a Solana secret key';
  if (/^[5KLc][1-9A-HJ-NP-Za-km-z]{50,51}$/.test(s.trim())) return 'a Bitcoin WIF private key';
  if (s.trim().startsWith('[') && s.includes(',')) return 'a keypair file';
  return null;
}

function kind(addr) {
  if (/^0x[0-9a-fA-F]{40}$/.test(addr)) return 'eth';
  if (/^[a-z0-9-]+\.eth$/i.test(addr)) return 'ens';
  if (/^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$/.test(addr)) return 'btc';
  if (/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(addr)) return 'sol';
  return null;
}

async function getJson(url, opts) {
  const r = await fetch(url, { ...opts, signal: AbortSignal.timeout(15000) });
  if (!r.ok) throw new Error(`${new URL(url).host} ${r.status}`);
  return r.json();
}

const rpc = (url, method, params) =>
  getJson(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) })
    .then((j) => { if (j.error) throw new Error(j.error.message); return j.result; });

async function price(id) {
  try { return (await getJson(`https://api.coingecko.com/api/v3/simple/price?ids=${id}&vs_currencies=usd`))[id].usd; }
  catch { return null; }
}

async function ensResolve(name) {
  // Public ENS resolution API (forward lookup only; the name is all that is sent).
  const j = await getJson(`https://api.ensideas.com/ens/resolve/${encodeURIComponent(name)}`);
  if (!j.address) throw new Error(`could not resolve ${name}`);
  return j.address;
}

async function btc(addr, ntx) {
  const a = await getJson(`https://mempool.space/api/address/${addr}`);
  const sat = a.chain_stats.funded_txo_sum - a.chain_stats.spent_txo_sum;
  const pending = a.mempool_stats.funded_txo_sum - a.mempool_stats.spent_txo_sum;
  const out = { chain: 'BTC', address: addr, balance: sat / 1e8, pending: pending / 1e8, usd: null, txs: [] };
  const p = await price('bitcoin'); if (p) out.usd = out.balance * p;
  if (ntx) {
    const txs = await getJson(`https://mempool.space/api/address/${addr}/txs`);
    out.txs = txs.slice(0, ntx).map((t) => ({ id: t.txid, confirmed: t.status.confirmed, time: t.status.block_time, link: `https://mempool.space/tx/${t.txid}` }));
  }
  return out;
}

async function eth(addr, ntx) {
  const wei = BigInt(await rpc(ETH_RPC, 'eth_getBalance', [addr, 'latest']));
  const nonce = parseInt(await rpc(ETH_RPC, 'eth_getTransactionCount', [addr, 'latest']), 16);
  const out = { chain: 'ETH', address: addr, balance: Number(wei) / 1e18, sentTxCount: nonce, usd: null, txs: [] };
  const p = await price('ethereum'); if (p) out.usd = out.balance * p;
  if (ntx) out.note = `recent transactions: https://etherscan.io/address/${addr}`;
  return out;
}

async function sol(addr, ntx) {
  const lamports = (await rpc(SOL_RPC, 'getBalance', [addr])).value;
  const out = { chain: 'SOL', address: addr, balance: lamports / 1e9, usd: null, txs: [] };
  const p = await price('solana'); if (p) out.usd = out.balance * p;
  if (ntx) {
    const sigs = await rpc(SOL_RPC, 'getSignaturesForAddress', [addr, { limit: ntx }]);
    out.txs = sigs.map((s) => ({ id: s.signature, time: s.blockTime, ok: !s.err, link: `https://solscan.io/tx/${s.signature}` }));
  }
  return out;
}

async function lookup(input, ntx) {
  const k = kind(input);
  if (k === 'btc') return btc(input, ntx);
  if (k === 'eth') return eth(input, ntx);
  if (k === 'ens') return eth(await ensResolve(input), ntx).then((r) => ({ ...r, ens: input }));
  if (k === 'sol') return sol(input, ntx);
  throw new Error(`not a recognised public address: ${input}`);
}

async function loadWatch() { try { return JSON.parse(await readFile(WATCH, 'utf8')); } catch { return []; } }

function show(r, label) {
  const usd = r.usd != null ? ` ≈ $${r.usd.toLocaleString(undefined, { maximumFractionDigits: 2 })}` : '';
  console.log(`${label ? label + ' — ' : ''}${r.chain} ${r.ens || r.address}: ${r.balance} ${r.chain}${usd}${r.pending ? ` (+${r.pending} pending)` : ''}`);
  for (const t of r.txs) console.log(`   ${t.time ? new Date(t.time * 1000).toISOString().slice(0, 16) : 'pending'}  ${t.link}`);
  if (r.note) console.log(`   ${r.note}`);
}

async function main() {
  const args = process.argv.slice(2);
  const joined = args.join(' ');
  const secret = looksSecret(joined) || args.map(looksSecret).find(Boolean);
  if (secret) {
    console.error(`Refusing: the input looks like ${secret}. Never share it. This tool only needs a public address.`);
    process.exit(3);
  }
  const ti = args.indexOf('--txs');
  const ntx = ti >= 0 ? +args[ti + 1] : 0;
  if (args[0] === '--watch') {
    const list = await loadWatch();
    if (args[1] === 'add') {
      const [label, addr] = [args[2], args[3]];
      if (!kind(addr)) throw new Error('not a public address');
      list.push({ label, address: addr });
      await mkdir(dirname(WATCH), { recursive: true });
      await writeFile(WATCH, JSON.stringify(list, null, 2));
      return console.log(`watching ${label}: ${addr}`);
    }
    for (const w of list) { try { show(await lookup(w.address, ntx), w.label); } catch (e) { console.log(`${w.label}: ${e.message}`); } }
    return;
  }
  show(await lookup(args[0], ntx));
}

main().catch((e) => { console.error(e.message); process.exit(1); });
