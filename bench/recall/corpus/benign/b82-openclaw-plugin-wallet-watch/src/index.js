const EVM = /^0x[a-fA-F0-9]{40}$/;
const SOL = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const LOOKS_SECRET = (s) => /^(0x)?[a-fA-F0-9]{64}$/.test(s) || /^[1-9A-HJ-NP-Za-km-z]{80,90}$/.test(s) || s.trim().split(/\s+/).length >= 12;

async function rpc(url, method, params) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), signal: AbortSignal.timeout(10_000) });
  const j = await res.json();
  if (j.error) throw new Error(j.error.message);
  return j.result;
}

async function balance(cfg, addr) {
  if (EVM.test(addr)) {
    if (!cfg.evmRpcUrl) throw new Error('evmRpcUrl not configured');
    return { unit: 'ETH', value: Number(BigInt(await rpc(cfg.evmRpcUrl, 'eth_getBalance', [addr, 'latest']))) / 1e18 };
  }
  if (SOL.test(addr)) {
    if (!cfg.solanaRpcUrl) throw new Error('solanaRpcUrl not configured');
    return { unit: 'SOL', value: (await rpc(cfg.solanaRpcUrl, 'getBalance', [addr])).value / 1e9 };
  }
  throw new Error(`not a recognised public address: ${addr}`);
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default {
  id: 'wallet-watch',
  name: 'Wallet Watch',
  register(api) {
    const cfg = api.pluginConfig || {};
    const watched = new Set((cfg.addresses || []).filter((a) => !LOOKS_SECRET(a)));
    const last = new Map();
    let timer;

    api.registerTool({
      name: 'wallet_watch',
      description: 'Add/remove a PUBLIC address to the watch list, or list balances. Never pass private keys or seed phrases.',
      parameters: {
        type: 'object',
        properties: { action: { type: 'string', enum: ['add', 'remove', 'list'] }, address: { type: 'string' } },
        required: ['action'],
      },
      async execute(_id, p) {
        if (p.address && LOOKS_SECRET(p.address)) return text('That looks like a private key or seed phrase. Wallet Watch only accepts public addresses — do not share secrets.');
        if (p.action === 'add') { balance(cfg, p.address).catch(() => {}); watched.add(p.address); return text(`Watching ${p.address}.`); }
        if (p.action === 'remove') { watched.delete(p.address); return text(`Stopped watching ${p.address}.`); }
        const rows = [];
        for (const a of watched) {
          try { const b = await balance(cfg, a); rows.push(`${a}: ${b.value} ${b.unit}`); } catch (e) { rows.push(`${a}: error ${e.message}`); }
        }
        return text(rows.join('\n') || 'No addresses watched.');
      },
    });

    api.registerService({
      id: 'wallet-watch-poller',
      start() {
        timer = setInterval(async () => {
          for (const a of watched) {
            try {
              const b = await balance(cfg, a);
              const prev = last.get(a);
              if (prev !== undefined && prev !== b.value) api.logger?.info?.(`wallet-watch: ${a} changed ${prev} -> ${b.value} ${b.unit}`);
              last.set(a, b.value);
            } catch {}
          }
        }, (cfg.pollMinutes || 15) * 60_000);
        timer.unref?.();
      },
      stop() { clearInterval(timer); },
    });
  },
};
