export class InjectedConnector {
  constructor(opts = {}) {
    this.id = 'injected';
    this.name = opts.name || 'Browser Wallet';
    this.chains = opts.chains || [1];
  }
  get provider() {
    return typeof window !== 'undefined' ? window.ethereum : undefined;
  }
  async connect() {
    const p = this.provider;
    if (!p) throw new Error('No injected wallet found');
    const [account] = await p.request({ method: 'eth_requestAccounts' });
    const chainId = parseInt(await p.request({ method: 'eth_chainId' }), 16);
    return { account, chainId };
  }
  async switchChain(id) {
    await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + id.toString(16) }] });
  }
  async disconnect() {}
}
