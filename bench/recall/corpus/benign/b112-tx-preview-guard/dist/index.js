"use strict";
// CommonJS build of src/index.js
Object.defineProperty(exports, "__esModule", { value: true });
const MAX = (1n << 256n) - 1n;
const SELECTORS = {
  '0xa9059cbb': { name: 'transfer', args: ['address', 'uint256'] },
  '0x095ea7b3': { name: 'approve', args: ['address', 'uint256'] },
  '0x23b872dd': { name: 'transferFrom', args: ['address', 'address', 'uint256'] },
  '0xa22cb465': { name: 'setApprovalForAll', args: ['address', 'bool'] },
};
function decodeCall(data) {
  if (!data || data.length < 10) return null;
  const sel = data.slice(0, 10).toLowerCase();
  const spec = SELECTORS[sel];
  if (!spec) return { name: 'unknown', selector: sel };
  const words = data.slice(10).match(/.{64}/g) || [];
  const args = spec.args.map((t, i) => { const w = words[i] || '0'.repeat(64); if (t === 'address') return '0x' + w.slice(24); if (t === 'bool') return BigInt('0x' + w) !== 0n; return BigInt('0x' + w); });
  return { name: spec.name, selector: sel, args };
}
function summarize(method, params, opts = {}) {
  const known = Object.fromEntries(Object.entries(opts.knownContracts || {}).map(([k, v]) => [k.toLowerCase(), v]));
  const label = (a) => (a && known[a.toLowerCase()]) || a;
  const warnings = [];
  let text = '';
  if (method === 'eth_sendTransaction') {
    const tx = params[0] || {};
    const call = decodeCall(tx.data);
    const value = tx.value ? BigInt(tx.value) : 0n;
    if (!call) { text = `Send ${Number(value) / 1e18} ETH to ${label(tx.to)}`; if (tx.to && !known[tx.to.toLowerCase()]) warnings.push('Recipient is not a known contract or address for this site.'); }
    else if (call.name === 'approve') { text = `Allow ${label(call.args[0])} to spend ${call.args[1] === MAX ? 'UNLIMITED' : call.args[1].toString()} of ${label(tx.to)}`; if (call.args[1] === MAX) warnings.push('Unlimited token approval.'); }
    else if (call.name === 'setApprovalForAll') { text = `${call.args[1] ? 'Grant' : 'Revoke'} ${label(call.args[0])} control of ALL your NFTs in ${label(tx.to)}`; if (call.args[1]) warnings.push('Grants control over an entire NFT collection.'); }
    else if (call.name === 'transfer') { text = `Transfer ${call.args[1].toString()} units of ${label(tx.to)} to ${label(call.args[0])}`; }
    else { text = `Call ${call.name} (${call.selector}) on ${label(tx.to)}`; }
  } else if (/^eth_signTypedData/.test(method)) {
    const raw = params.find((p) => typeof p === 'string' && p.trim().startsWith('{')) || params[1];
    let td = raw; try { td = typeof raw === 'string' ? JSON.parse(raw) : raw; } catch { }
    const primary = td && td.primaryType;
    text = `Sign typed data "${primary}" for ${td && td.domain && td.domain.name}`;
    if (/Permit/i.test(primary || '')) warnings.push('This signature is a token permit: it can authorise spending without a transaction.');
  } else if (method === 'personal_sign') { text = 'Sign a message'; }
  return { method, text: warnings.length ? `${text}\n\n⚠ ${warnings.join('\n⚠ ')}` : text, warnings };
}
function guardProvider(provider, opts = {}) {
  const guarded = new Set(['eth_sendTransaction', 'eth_signTypedData', 'eth_signTypedData_v3', 'eth_signTypedData_v4', 'personal_sign']);
  const confirm = opts.confirm || (async () => true);
  return new Proxy(provider, {
    get(target, prop, recv) {
      if (prop !== 'request') return Reflect.get(target, prop, recv);
      return async (args) => {
        if (args && guarded.has(args.method)) {
          const summary = summarize(args.method, args.params || [], opts);
          if (opts.onSummary) opts.onSummary(summary);
          const ok = await confirm(summary);
          if (!ok) { const e = new Error('User rejected the request.'); e.code = 4001; throw e; }
        }
        return target.request(args);
      };
    },
  });
}
exports.summarize = summarize;
exports.guardProvider = guardProvider;
