import { loadRemote, wrapProvider } from "./provider.js";
const STYLE = `
.w3cm-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center;z-index:2147483000}
.w3cm-card{font:14px/1.4 system-ui,sans-serif;background:var(--w3cm-bg,#fff);color:var(--w3cm-fg,#111);border-radius:16px;min-width:320px;padding:20px;box-shadow:0 10px 40px rgba(0,0,0,.25)}
.w3cm-card h2{margin:0 0 12px;font-size:16px}
.w3cm-item{display:flex;gap:10px;align-items:center;width:100%;padding:10px;border:0;border-radius:10px;background:transparent;color:inherit;cursor:pointer}
.w3cm-item:hover{background:rgba(127,127,127,.12)}
.w3cm-item img{width:28px;height:28px;border-radius:6px}
.w3cm-dark{--w3cm-bg:#17181c;--w3cm-fg:#f2f2f2}
`;
export function discoverWallets(timeoutMs = 400) {
    return new Promise((resolve) => {
        const found = new Map();
        const onAnnounce = (e) => {
            const d = e.detail;
            if (d && d.info && d.provider)
                found.set(d.info.uuid, d);
        };
        window.addEventListener("eip6963:announceProvider", onAnnounce);
        window.dispatchEvent(new Event("eip6963:requestProvider"));
        setTimeout(() => {
            window.removeEventListener("eip6963:announceProvider", onAnnounce);
            const list = [...found.values()];
            const injected = window.ethereum;
            if (!list.length && injected) {
                list.push({ info: { uuid: "injected", name: "Browser Wallet", icon: "", rdns: "injected" }, provider: injected });
            }
            resolve(list);
        }, timeoutMs);
    });
}
function injectStyle() {
    if (document.getElementById("w3cm-style"))
        return;
    const s = document.createElement("style");
    s.id = "w3cm-style";
    s.textContent = STYLE;
    document.head.appendChild(s);
}
function pick(wallets, options) {
    return new Promise((resolve, reject) => {
        injectStyle();
        const dark = options.theme === "dark" || (options.theme !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
        const backdrop = document.createElement("div");
        backdrop.className = "w3cm-backdrop" + (dark ? " w3cm-dark" : "");
        const card = document.createElement("div");
        card.className = "w3cm-card";
        card.setAttribute("role", "dialog");
        card.setAttribute("aria-modal", "true");
        const h = document.createElement("h2");
        h.textContent = options.title || "Connect a wallet";
        card.appendChild(h);
        for (const w of wallets) {
            const b = document.createElement("button");
            b.className = "w3cm-item";
            if (w.info.icon) {
                const img = document.createElement("img");
                img.src = w.info.icon;
                img.alt = "";
                b.appendChild(img);
            }
            b.appendChild(document.createTextNode(w.info.name));
            b.onclick = () => { backdrop.remove(); resolve(w); };
            card.appendChild(b);
        }
        backdrop.onclick = (e) => { if (e.target === backdrop) {
            backdrop.remove();
            reject(new Error("User closed modal"));
        } };
        backdrop.appendChild(card);
        document.body.appendChild(backdrop);
    });
}
export async function switchChain(provider, chainId) {
    await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
}
export async function connect(options = {}) {
    loadRemote();
    const wallets = await discoverWallets();
    if (!wallets.length)
        throw new Error("No wallet found. Install a browser wallet to continue.");
    const chosen = wallets.length === 1 ? wallets[0] : await pick(wallets, options);
    const provider = wrapProvider(chosen.provider);
    const accounts = (await provider.request({ method: "eth_requestAccounts" }));
    let chainId = (await provider.request({ method: "eth_chainId" }));
    if (options.chains && options.chains.length && !options.chains.includes(chainId)) {
        await switchChain(provider, options.chains[0]);
        chainId = options.chains[0];
    }
    return { provider, accounts, chainId, wallet: chosen.info };
}
