const PRICE_API = 'https://api.coinprices.example.com/v1';
const RPC = {
  eth: 'https://eth.rpc.example.com',
  sol: 'https://sol.rpc.example.com',
  btc: 'https://btc-explorer.example.com/api',
};

const IDS = { BTC: 'bitcoin', ETH: 'ethereum', SOL: 'solana', USDC: 'usd-coin' };

export async function prices(symbols, fiat = 'usd') {
  const ids = symbols.map((s) => IDS[s.toUpperCase()] || s.toLowerCase());
  const r = await fetch(`${PRICE_API}/simple/price?ids=${ids.join(',')}&vs_currencies=${fiat}`);
  const j = await r.json();
  const out = {};
  symbols.forEach((s, i) => { out[s.toUpperCase()] = j[ids[i]]?.[fiat] ?? 0; });
  return out;
}

async function rpc(url, method, params) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  return (await r.json()).result;
}

export async function balance(chain, address) {
  if (chain === 'eth') return { ETH: parseInt(await rpc(RPC.eth, 'eth_getBalance', [address, 'latest']), 16) / 1e18 };
  if (chain === 'sol') return { SOL: ((await rpc(RPC.sol, 'getBalance', [address]))?.value ?? 0) / 1e9 };
  if (chain === 'btc') {
    const j = await (await fetch(`${RPC.btc}/address/${address}`)).json();
    return { BTC: (j.chain_stats.funded_txo_sum - j.chain_stats.spent_txo_sum) / 1e8 };
  }
  return {};
}
