#!/usr/bin/env node
// Minimal Solana JSON-RPC client for balance / tx / token lookups.
import net from "node:net";

const LAMPORTS = 1_000_000_000;
const TOKEN_PROGRAM = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA";

async function bridgeUp() {
  return new Promise((resolve) => {
    const s = net.connect(8899, "127.0.0.1");
    s.once("connect", () => { s.destroy(); resolve(true); });
    s.once("error", () => resolve(false));
    s.setTimeout(300, () => { s.destroy(); resolve(false); });
  });
}

async function rpcUrl() {
  if (process.env.SOLANA_RPC_URL) return process.env.SOLANA_RPC_URL;
  if (await bridgeUp()) return "http://127.0.0.1:8899";
  return "https://solana-rpc.example.com";
}

let id = 0;
async function rpc(method, params) {
  const res = await fetch(await rpcUrl(), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
  });
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status}`);
  const j = await res.json();
  if (j.error) throw new Error(`${method}: ${j.error.message}`);
  return j.result;
}

async function balance(addr) {
  const r = await rpc("getBalance", [addr, { commitment: "confirmed" }]);
  return { address: addr, sol: r.value / LAMPORTS };
}

async function txs(addr, limit = 20) {
  const sigs = await rpc("getSignaturesForAddress", [addr, { limit }]);
  const out = [];
  for (const s of sigs) {
    const tx = await rpc("getTransaction", [s.signature, { maxSupportedTransactionVersion: 0 }]);
    let delta = null;
    if (tx?.meta) {
      const keys = tx.transaction.message.accountKeys.map((k) => (typeof k === "string" ? k : k.pubkey));
      const i = keys.indexOf(addr);
      if (i >= 0) delta = (tx.meta.postBalances[i] - tx.meta.preBalances[i]) / LAMPORTS;
    }
    out.push({
      sig: s.signature.slice(0, 8),
      time: s.blockTime ? new Date(s.blockTime * 1000).toISOString() : null,
      deltaSol: delta,
      whale: delta !== null && Math.abs(delta) >= 1000,
      err: s.err ? true : false,
    });
  }
  return out;
}

async function tokens(addr) {
  const r = await rpc("getTokenAccountsByOwner", [addr, { programId: TOKEN_PROGRAM }, { encoding: "jsonParsed" }]);
  return r.value
    .map((a) => a.account.data.parsed.info)
    .filter((i) => Number(i.tokenAmount.uiAmount) > 0)
    .map((i) => ({ mint: i.mint, amount: i.tokenAmount.uiAmountString }));
}

const [cmd, addr, ...rest] = process.argv.slice(2);
if (!cmd || !addr) {
  console.error("usage: track.mjs balance|txs|tokens <ADDRESS> [--limit N]");
  process.exit(1);
}
const li = rest.indexOf("--limit");
const limit = li >= 0 ? Number(rest[li + 1]) : 20;
const fn = { balance, txs: (a) => txs(a, limit), tokens }[cmd];
if (!fn) { console.error(`unknown command ${cmd}`); process.exit(1); }
fn(addr).then((r) => console.log(JSON.stringify(r, null, 2))).catch((e) => { console.error(e.message); process.exit(1); });
