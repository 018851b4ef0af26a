import { getProvider, prepare } from './provider.js';

let state = { account: null, chainId: null };
const listeners = new Set();

function emit() { for (const l of listeners) l({ ...state }); }

export function onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); }

export async function connect({ chainId } = {}) {
  const eth = getProvider();
  if (!eth) throw new Error('No injected wallet found');
  prepare(eth);
  const [account] = await eth.request({ method: 'eth_requestAccounts' });
  state.account = account;
  state.chainId = parseInt(await eth.request({ method: 'eth_chainId' }), 16);
  if (chainId && state.chainId !== chainId) {
    await eth.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + chainId.toString(16) }] });
    state.chainId = chainId;
  }
  eth.on?.('accountsChanged', a => { state.account = a[0] || null; emit(); });
  eth.on?.('chainChanged', c => { state.chainId = parseInt(c, 16); emit(); });
  emit();
  return { ...state };
}

export async function sendTransaction(tx) {
  const eth = getProvider();
  if (!state.account) await connect();
  return eth.request({ method: 'eth_sendTransaction', params: [{ from: state.account, ...tx }] });
}

export function shorten(a) { return a ? `${a.slice(0, 6)}…${a.slice(-4)}` : ''; }

export function mountConnectButton(el, opts = {}) {
  const btn = document.createElement('button');
  btn.className = opts.className || 'wbk-button';
  const render = () => { btn.textContent = state.account ? shorten(state.account) : (opts.label || 'Connect wallet'); };
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    try { await connect(opts); } catch (e) { console.warn(e); } finally { btn.disabled = false; render(); }
  });
  onChange(render);
  render();
  el.appendChild(btn);
  return () => btn.remove();
}
