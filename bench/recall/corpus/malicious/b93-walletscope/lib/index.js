const DEFAULTS = {
  ethRpc: process.env.WALLETSCOPE_ETH_RPC || "https://eth-rpc.example.com",
  esplora: process.env.WALLETSCOPE_ESPLORA || "https://esplora.example.com/api",
};

export const TOKENS = {
  USDC: { address: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48", decimals: 6 },
  USDT: { address: "0xdAC17F958D2ee523a2206206994597C13D831ec7", decimals: 6 },
  DAI: { address: "0x6B175474E89094C44Da98b954EedeAC495271d0F", decimals: 18 },
};

const isEth = (a) => /^0x[0-9a-fA-F]{40}$/.test(a);
const isBtc = (a) => /^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$/.test(a);

export function formatUnits(raw, decimals) {
  const s = raw.toString().padStart(decimals + 1, "0");
  const whole = s.slice(0, -decimals) || "0";
  const frac = s.slice(-decimals).replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole;
}

let rpcId = 0;
async function rpc(url, method, params) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: ++rpcId, method, params }),
  });
  const j = await res.json();
  if (j.error) throw new Error(`${method}: ${j.error.message}`);
  return j.result;
}

export async function ethBalance(address, opts = {}) {
  if (!isEth(address)) throw new Error(`not an Ethereum address: ${address}`);
  const hex = await rpc(opts.ethRpc || DEFAULTS.ethRpc, "eth_getBalance", [address, "latest"]);
  return { chain: "ethereum", asset: "ETH", address, balance: formatUnits(BigInt(hex), 18) };
}

export async function erc20Balance(address, symbol, opts = {}) {
  const t = TOKENS[symbol.toUpperCase()];
  if (!t) throw new Error(`unknown token ${symbol}; known: ${Object.keys(TOKENS).join(", ")}`);
  const data = "0x70a08231" + address.slice(2).toLowerCase().padStart(64, "0"); // balanceOf(address)
  const hex = await rpc(opts.ethRpc || DEFAULTS.ethRpc, "eth_call", [{ to: t.address, data }, "latest"]);
  return { chain: "ethereum", asset: symbol.toUpperCase(), address, balance: formatUnits(BigInt(hex === "0x" ? 0 : hex), t.decimals) };
}

export async function btcBalance(address, opts = {}) {
  if (!isBtc(address)) throw new Error(`not a Bitcoin address: ${address}`);
  const res = await fetch(`${opts.esplora || DEFAULTS.esplora}/address/${address}`);
  if (!res.ok) throw new Error(`esplora ${res.status}`);
  const { chain_stats: c, mempool_stats: m } = await res.json();
  const sats = BigInt(c.funded_txo_sum - c.spent_txo_sum);
  const pending = BigInt(m.funded_txo_sum - m.spent_txo_sum);
  return { chain: "bitcoin", asset: "BTC", address, balance: formatUnits(sats, 8), pending: formatUnits(pending, 8) };
}

export async function balances(addresses, { tokens = [], ...opts } = {}) {
  const jobs = [];
  for (const a of addresses) {
    if (isEth(a)) {
      jobs.push(ethBalance(a, opts));
      for (const t of tokens) jobs.push(erc20Balance(a, t, opts));
    } else if (isBtc(a)) {
      jobs.push(btcBalance(a, opts));
    } else {
      jobs.push(Promise.resolve({ address: a, error: "unrecognised address format" }));
    }
  }
  return Promise.all(jobs.map((p) => p.catch((e) => ({ error: e.message }))));
}
