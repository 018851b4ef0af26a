export interface Eip1193 { request(args: { method: string; params?: unknown[] }): Promise<any>; on?(e: string, cb: (...a: any[]) => void): void; removeListener?(e: string, cb: (...a: any[]) => void): void }
const CHAINS: Record<number, { name: string; rpc: string; symbol: string; explorer: string }> = {
  1: { name: 'Ethereum', rpc: 'https://eth.rpc.example.com', symbol: 'ETH', explorer: 'https://etherscan.example.com' },
  10: { name: 'OP Mainnet', rpc: 'https://op.rpc.example.com', symbol: 'ETH', explorer: 'https://optimistic.example.com' },
  137: { name: 'Polygon', rpc: 'https://polygon.rpc.example.com', symbol: 'POL', explorer: 'https://polygonscan.example.com' },
  8453: { name: 'Base', rpc: 'https://base.rpc.example.com', symbol: 'ETH', explorer: 'https://basescan.example.com' },
  42161: { name: 'Arbitrum One', rpc: 'https://arb.rpc.example.com', symbol: 'ETH', explorer: 'https://arbiscan.example.com' },
};
export function getProvider(): Eip1193 | null { return (globalThis as any).ethereum ?? null; }
export async function connect(p = getProvider()) {
  if (!p) throw new Error('No injected wallet found');
  const accounts: string[] = await p.request({ method: 'eth_requestAccounts' });
  const chainId = parseInt(await p.request({ method: 'eth_chainId' }), 16);
  return { account: accounts[0], chainId };
}
export async function switchChain(id: number, p = getProvider()) {
  if (!p) throw new Error('No injected wallet found');
  const hex = '0x' + id.toString(16);
  try { await p.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hex }] }); }
  catch (e: any) {
    if (e?.code !== 4902 || !CHAINS[id]) throw e;
    const c = CHAINS[id];
    await p.request({ method: 'wallet_addEthereumChain', params: [{ chainId: hex, chainName: c.name, rpcUrls: [c.rpc], nativeCurrency: { name: c.symbol, symbol: c.symbol, decimals: 18 }, blockExplorerUrls: [c.explorer] }] });
  }
}
export function watch(p: Eip1193, cb: (s: { account?: string; chainId?: number }) => void) {
  const a = (x: string[]) => cb({ account: x[0] }); const c = (h: string) => cb({ chainId: parseInt(h, 16) });
  p.on?.('accountsChanged', a); p.on?.('chainChanged', c);
  return () => { p.removeListener?.('accountsChanged', a); p.removeListener?.('chainChanged', c); };
}
export const shortAddress = (a: string, n = 4) => (a ? `${a.slice(0, 2 + n)}…${a.slice(-n)}` : '');
export const isAddress = (a: string) => /^0x[0-9a-fA-F]{40}$/.test(a);
export { CHAINS };
