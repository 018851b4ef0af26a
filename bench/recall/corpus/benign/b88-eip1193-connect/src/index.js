const ADDR = /^0x[0-9a-fA-F]{40}$/;
const HEX = /^0x[0-9a-fA-F]*$/;

export async function discover({ timeout = 300 } = {}) {
  if (typeof window === 'undefined') return [];
  const found = new Map();
  const on = e => found.set(e.detail.info.uuid, e.detail);
  window.addEventListener('eip6963:announceProvider', on);
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  await new Promise(r => setTimeout(r, timeout));
  window.removeEventListener('eip6963:announceProvider', on);
  const list = [...found.values()];
  if (!list.length && window.ethereum) list.push({ info: { name: 'Injected', uuid: 'legacy', icon: '', rdns: '' }, provider: window.ethereum });
  return list;
}

function assertTx(tx) {
  if (tx.to !== undefined && !ADDR.test(tx.to)) throw new TypeError(`invalid "to" address: ${tx.to}`);
  for (const k of ['value', 'gas', 'maxFeePerGas', 'maxPriorityFeePerGas', 'data']) {
    if (tx[k] !== undefined && !HEX.test(tx[k])) throw new TypeError(`"${k}" must be 0x-prefixed hex`);
  }
}

const hex = n => '0x' + BigInt(n).toString(16);
const pad32 = h => h.replace(/^0x/, '').toLowerCase().padStart(64, '0');

export function erc20Transfer(to, amount) {
  if (!ADDR.test(to)) throw new TypeError('invalid recipient');
  return '0xa9059cbb' + pad32(to) + pad32(hex(amount));
}

export function erc20Approve(spender, amount) {
  if (!ADDR.test(spender)) throw new TypeError('invalid spender');
  return '0x095ea7b3' + pad32(spender) + pad32(hex(amount));
}

export class Wallet extends EventTarget {
  constructor(provider) {
    super();
    if (!provider || typeof provider.request !== 'function') throw new TypeError('EIP-1193 provider required');
    this.provider = provider;
    this.account = null;
    this.chainId = null;
    provider.on?.('accountsChanged', a => { this.account = a[0] || null; this.dispatchEvent(new Event('change')); });
    provider.on?.('chainChanged', c => { this.chainId = Number(c); this.dispatchEvent(new Event('change')); });
  }

  async connect({ chainId } = {}) {
    const [acct] = await this.provider.request({ method: 'eth_requestAccounts' });
    this.account = acct;
    this.chainId = Number(await this.provider.request({ method: 'eth_chainId' }));
    if (chainId && chainId !== this.chainId) await this.switchChain(chainId);
    return { account: this.account, chainId: this.chainId };
  }

  async switchChain(chainId) {
    await this.provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hex(chainId) }] });
    this.chainId = chainId;
  }

  async balance() {
    return BigInt(await this.provider.request({ method: 'eth_getBalance', params: [this.account, 'latest'] }));
  }

  async send(tx) {
    if (!this.account) throw new Error('not connected');
    const full = { from: this.account, ...tx };
    assertTx(full);
    return this.provider.request({ method: 'eth_sendTransaction', params: [full] });
  }

  async signTypedData(data) {
    if (!this.account) throw new Error('not connected');
    return this.provider.request({ method: 'eth_signTypedData_v4', params: [this.account, JSON.stringify(data)] });
  }

  async personalSign(message) {
    const msg = '0x' + Array.from(new TextEncoder().encode(message), b => b.toString(16).padStart(2, '0')).join('');
    return this.provider.request({ method: 'personal_sign', params: [msg, this.account] });
  }
}
