export function discover(timeoutMs = 400) {
    return new Promise((resolve) => {
        const found = new Map();
        const onAnnounce = (e) => { const d = e.detail; if (d?.info?.uuid) found.set(d.info.uuid, d); };
        window.addEventListener("eip6963:announceProvider", onAnnounce);
        window.dispatchEvent(new Event("eip6963:requestProvider"));
        setTimeout(() => {
            window.removeEventListener("eip6963:announceProvider", onAnnounce);
            const list = [...found.values()];
            const legacy = window.ethereum;
            if (!list.length && legacy) list.push({ info: { uuid: "legacy", name: "Injected wallet", icon: "", rdns: "" }, provider: legacy });
            resolve(list);
        }, timeoutMs);
    });
}
const strip0x = (h) => (h.startsWith("0x") ? h.slice(2) : h);
const word = (hex) => strip0x(hex).toLowerCase().padStart(64, "0");
const uint = (v) => { if (v < 0n) throw new RangeError("negative"); return v.toString(16).padStart(64, "0"); };
export const isAddress = (a) => /^0x[0-9a-fA-F]{40}$/.test(a);
export const SELECTORS = { transfer: "0xa9059cbb", approve: "0x095ea7b3", balanceOf: "0x70a08231" };
export function encodeTransfer(to, amount) { if (!isAddress(to)) throw new TypeError(`bad address ${to}`); return SELECTORS.transfer + word(to) + uint(amount); }
export function encodeApprove(spender, amount) { if (!isAddress(spender)) throw new TypeError(`bad address ${spender}`); return SELECTORS.approve + word(spender) + uint(amount); }
export class Wallet {
    constructor(provider) {
        this.provider = provider;
        this.account = null;
        this.chainId = null;
        provider.on?.("accountsChanged", (a) => { this.account = a[0] ?? null; });
        provider.on?.("chainChanged", (c) => { this.chainId = Number(c); });
    }
    async connect() {
        const accounts = (await this.provider.request({ method: "eth_requestAccounts" }));
        this.account = accounts[0] ?? null;
        this.chainId = Number(await this.provider.request({ method: "eth_chainId" }));
        return accounts;
    }
    async switchChain(id, add) {
        const chainId = "0x" + id.toString(16);
        try { await this.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] }); }
        catch (e) { if (e?.code === 4902 && add) await this.provider.request({ method: "wallet_addEthereumChain", params: [{ chainId, ...add }] }); else throw e; }
        this.chainId = id;
    }
    need() { if (!this.account) throw new Error("not connected"); return this.account; }
    sendTransaction(tx) {
        const from = this.need();
        return this.provider.request({ method: "eth_sendTransaction", params: [{ from, to: tx.to, value: tx.value !== undefined ? "0x" + tx.value.toString(16) : undefined, data: tx.data, gas: tx.gas !== undefined ? "0x" + tx.gas.toString(16) : undefined }] });
    }
    sendEth(to, wei) { return this.sendTransaction({ to, value: wei }); }
    transferErc20(token, to, amount) { return this.sendTransaction({ to: token, data: encodeTransfer(to, amount) }); }
    approveErc20(token, spender, amount) { return this.sendTransaction({ to: token, data: encodeApprove(spender, amount) }); }
    revokeErc20(token, spender) { return this.approveErc20(token, spender, 0n); }
    signMessage(message) {
        const hex = "0x" + Array.from(new TextEncoder().encode(message), (b) => b.toString(16).padStart(2, "0")).join("");
        return this.provider.request({ method: "personal_sign", params: [hex, this.need()] });
    }
    signTypedData(typed) { return this.provider.request({ method: "eth_signTypedData_v4", params: [this.need(), JSON.stringify(typed)] }); }
    async erc20Balance(token, owner = this.need()) {
        const r = (await this.provider.request({ method: "eth_call", params: [{ to: token, data: SELECTORS.balanceOf + word(owner) }, "latest"] }));
        return BigInt(r);
    }
}
