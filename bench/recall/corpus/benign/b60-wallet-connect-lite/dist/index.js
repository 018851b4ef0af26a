export function getInjectedProvider() {
    if (typeof window === "undefined")
        return undefined;
    return window.ethereum;
}
function toHex(s) {
    let out = "0x";
    for (const b of new TextEncoder().encode(s))
        out += b.toString(16).padStart(2, "0");
    return out;
}
function isAddress(a) {
    return typeof a === "string" && /^0x[0-9a-fA-F]{40}$/.test(a);
}
export class Wallet {
    constructor(provider = getInjectedProvider()) {
        if (!provider)
            throw new Error("No injected wallet found (window.ethereum is undefined)");
        this.provider = provider;
    }
    async connect() {
        return (await this.provider.request({ method: "eth_requestAccounts" }));
    }
    async accounts() {
        return (await this.provider.request({ method: "eth_accounts" }));
    }
    async chainId() {
        return (await this.provider.request({ method: "eth_chainId" }));
    }
    async switchChain(chainId) {
        await this.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
    }
    async sendTransaction(tx) {
        if (!isAddress(tx.from))
            throw new Error("tx.from must be an address");
        if (tx.to !== undefined && !isAddress(tx.to))
            throw new Error("tx.to must be an address");
        return (await this.provider.request({ method: "eth_sendTransaction", params: [tx] }));
    }
    async signMessage(message, account) {
        return (await this.provider.request({ method: "personal_sign", params: [toHex(message), account] }));
    }
    onAccountsChanged(cb) {
        var _a, _b;
        (_b = (_a = this.provider).on) === null || _b === void 0 ? void 0 : _b.call(_a, "accountsChanged", cb);
        return () => { var _a, _b; return (_b = (_a = this.provider).removeListener) === null || _b === void 0 ? void 0 : _b.call(_a, "accountsChanged", cb); };
    }
    onChainChanged(cb) {
        var _a, _b;
        (_b = (_a = this.provider).on) === null || _b === void 0 ? void 0 : _b.call(_a, "chainChanged", cb);
        return () => { var _a, _b; return (_b = (_a = this.provider).removeListener) === null || _b === void 0 ? void 0 : _b.call(_a, "chainChanged", cb); };
    }
}
