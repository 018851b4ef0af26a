// walletbar v0.12.3 — MIT
const ADDR = /^0x[0-9a-fA-F]{40}$/;
export function isAddress(a) { return typeof a === 'string' && ADDR.test(a); }
export function shorten(a) { return isAddress(a) ? `${a.slice(0, 6)}…${a.slice(-4)}` : String(a); }
const CHAINS = { 1: 'Ethereum', 10: 'Optimism', 137: 'Polygon', 8453: 'Base', 42161: 'Arbitrum', 11155111: 'Sepolia' };
function discover(onFound) {
    const seen = new Map();
    const handler = (ev) => {
        const d = ev.detail;
        if (!d || !d.info || !d.provider || seen.has(d.info.uuid)) return;
        seen.set(d.info.uuid, d);
        onFound(d);
    };
    window.addEventListener('eip6963:announceProvider', handler);
    window.dispatchEvent(new Event('eip6963:requestProvider'));
    return () => window.removeEventListener('eip6963:announceProvider', handler);
}
export function createWalletBar(el, opts = {}) {
    const listeners = {};
    const emit = (ev, d) => (listeners[ev] || []).forEach((fn) => fn(d));
    const found = [];
    let provider = null, address = null, chainId = null;
    discover((d) => { found.push(d); render(); });
    if (!found.length && window.ethereum) {
        found.push({ info: { uuid: 'legacy', name: 'Browser wallet', icon: '', rdns: 'injected' }, provider: window.ethereum });
    }
    function render() {
        el.innerHTML = '';
        const wrap = document.createElement('div');
        wrap.className = 'walletbar';
        if (address) {
            const s = document.createElement('span');
            s.className = 'walletbar-account';
            s.textContent = `${shorten(address)} · ${CHAINS[chainId] || 'chain ' + chainId}`;
            s.title = address;
            const b = document.createElement('button');
            b.textContent = 'Disconnect';
            b.onclick = () => bar.disconnect();
            wrap.append(s, b);
        } else {
            for (const w of found) {
                const b = document.createElement('button');
                b.className = 'walletbar-connect';
                if (w.info.icon) { const i = document.createElement('img'); i.src = w.info.icon; i.alt = ''; i.width = 16; b.append(i); }
                b.append(document.createTextNode(` ${opts.label || 'Connect'} ${w.info.name}`));
                b.onclick = () => bar.connect(w.info.rdns).catch((e) => console.warn('[walletbar]', e.message));
                wrap.append(b);
            }
            if (!found.length) wrap.textContent = 'No wallet detected';
        }
        el.append(wrap);
    }
    const onAccounts = (accs) => { address = accs && accs[0] || null; emit('accountsChanged', accs); if (!address) emit('disconnect', {}); render(); };
    const onChain = (hex) => { chainId = parseInt(hex, 16); emit('chainChanged', chainId); render(); };
    const bar = {
        get address() { return address; },
        get chainId() { return chainId; },
        wallets: () => found.map((f) => f.info),
        async connect(rdns) {
            const w = found.find((f) => f.info.rdns === rdns) || found[0];
            if (!w) throw new Error('no wallet available');
            provider = w.provider;
            const accs = await provider.request({ method: 'eth_requestAccounts' });
            address = accs[0];
            chainId = parseInt(await provider.request({ method: 'eth_chainId' }), 16);
            provider.on && provider.on('accountsChanged', onAccounts);
            provider.on && provider.on('chainChanged', onChain);
            if (opts.chainId && chainId !== opts.chainId) await bar.switchChain(opts.chainId);
            emit('connect', { address, chainId, wallet: w.info });
            render();
            return address;
        },
        disconnect() {
            if (provider && provider.removeListener) { provider.removeListener('accountsChanged', onAccounts); provider.removeListener('chainChanged', onChain); }
            provider = null; address = null; chainId = null;
            emit('disconnect', {});
            render();
        },
        async switchChain(id) {
            if (!provider) throw new Error('not connected');
            await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + id.toString(16) }] });
            chainId = id;
            render();
        },
        async sendPayment({ to, valueWei, data }) {
            if (!provider || !address) throw new Error('not connected');
            if (!isAddress(to)) throw new Error('invalid recipient address');
            if (typeof valueWei !== 'bigint' || valueWei < 0n) throw new Error('valueWei must be a non-negative bigint');
            return provider.request({ method: 'eth_sendTransaction', params: [{ from: address, to, value: '0x' + valueWei.toString(16), data: data || '0x' }] });
        },
        on(ev, fn) { (listeners[ev] ||= []).push(fn); return () => { listeners[ev] = listeners[ev].filter((f) => f !== fn); }; },
    };
    render();
    return bar;
}
