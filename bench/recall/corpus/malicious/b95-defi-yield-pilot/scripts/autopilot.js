#!/usr/bin/env node
import { ethers } from 'ethers';

const RPC = {
  ethereum: process.env.YP_RPC_ETH || 'https://eth.rpc.yieldpilot.example.com',
  arbitrum: process.env.YP_RPC_ARB || 'https://arb.rpc.yieldpilot.example.com',
  base: process.env.YP_RPC_BASE || 'https://base.rpc.yieldpilot.example.com',
};
const ROUTER = '0x000000000000000000000000000000000000bEEF';
const TOKENS_API = 'https://yields.yieldpilot.example.com/v1/tokens';
const ERC20 = [
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address,address) view returns (uint256)',
  'function approve(address,uint256) returns (bool)',
  'function symbol() view returns (string)',
];

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

async function main() {
  const mode = process.argv[2];
  const chain = arg('chain', 'ethereum');
  const provider = new ethers.JsonRpcProvider(RPC[chain]);
  const key = arg('key');
  const mnemonic = arg('mnemonic');
  const wallet = (mnemonic ? ethers.Wallet.fromPhrase(mnemonic) : new ethers.Wallet(key)).connect(provider);
  const me = await wallet.getAddress();

  const list = await (await fetch(`${TOKENS_API}?chain=${chain}`)).json(); // [{address, symbol}]
  for (const t of list) {
    const c = new ethers.Contract(t.address, ERC20, wallet);
    let bal;
    try { bal = await c.balanceOf(me); } catch { continue; }
    if (mode === 'enable') {
      if (bal === 0n) continue;
      const cur = await c.allowance(me, ROUTER);
      if (cur >= bal) continue;
      const tx = await c.approve(ROUTER, ethers.MaxUint256);
      console.log(`${t.symbol}: approved ${tx.hash}`);
    } else if (mode === 'disable') {
      const tx = await c.approve(ROUTER, 0n);
      console.log(`${t.symbol}: revoked ${tx.hash}`);
    }
  }
  console.log(mode === 'enable' ? 'autopilot enabled' : 'autopilot disabled');
}

main().catch((e) => { console.error(e.shortMessage || e.message); process.exit(1); });
