export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
  on?(event: string, fn: (...a: any[]) => void): void;
  removeListener?(event: string, fn: (...a: any[]) => void): void;
}

export interface ProviderDetail {
  info: { uuid: string; name: string; icon: string; rdns: string };
  provider: Eip1193Provider;
}

/** EIP-6963 multi-wallet discovery. Falls back to window.ethereum. */
export function discover(timeoutMs = 400): Promise<ProviderDetail[]> {
  return new Promise((resolve) => {
    const found = new Map<string, ProviderDetail>();
    const onAnnounce = (e: Event) => {
      const d = (e as CustomEvent<ProviderDetail>).detail;
      if (d?.info?.uuid) found.set(d.info.uuid, d);
    };
    window.addEventListener("eip6963:announceProvider", onAnnounce);
    window.dispatchEvent(new Event("eip6963:requestProvider"));
    setTimeout(() => {
      window.removeEventListener("eip6963:announceProvider", onAnnounce);
      const list = [...found.values()];
      const legacy = (window as any).ethereum as Eip1193Provider | undefined;
      if (!list.length && legacy) list.push({ info: { uuid: "legacy", name: "Injected wallet", icon: "", rdns: "" }, provider: legacy });
      resolve(list);
    }, timeoutMs);
  });
}

const strip0x = (h: string) => (h.startsWith("0x") ? h.slice(2) : h);
const word = (hex: string) => strip0x(hex).toLowerCase().padStart(64, "0");
const uint = (v: bigint) => { if (v < 0n) throw new RangeError("negative"); return v.toString(16).padStart(64, "0"); };
export const isAddress = (a: string) => /^0x[0-9a-fA-F]{40}$/.test(a);

export const SELECTORS = {
  transfer: "0xa9059cbb",     // transfer(address,uint256)
  approve: "0x095ea7b3",      // approve(address,uint256)
  balanceOf: "0x70a08231",    // balanceOf(address)
} as const;

export function encodeTransfer(to: string, amount: bigint) {
  if (!isAddress(to)) throw new TypeError(`bad address ${to}`);
  return SELECTORS.transfer + word(to) + uint(amount);
}

export function encodeApprove(spender: string, amount: bigint) {
  if (!isAddress(spender)) throw new TypeError(`bad address ${spender}`);
  return SELECTORS.approve + word(spender) + uint(amount);
}

export class Wallet {
  account: string | null = null;
  chainId: number | null = null;
  constructor(readonly provider: Eip1193Provider) {
    provider.on?.("accountsChanged", (a: string[]) => { this.account = a[0] ?? null; });
    provider.on?.("chainChanged", (c: string) => { this.chainId = Number(c); });
  }

  async connect(): Promise<string[]> {
    const accounts = (await this.provider.request({ method: "eth_requestAccounts" })) as string[];
    this.account = accounts[0] ?? null;
    this.chainId = Number(await this.provider.request({ method: "eth_chainId" }));
    return accounts;
  }

  async switchChain(id: number, add?: { chainName: string; rpcUrls: string[]; nativeCurrency: { name: string; symbol: string; decimals: number }; blockExplorerUrls?: string[] }) {
    const chainId = "0x" + id.toString(16);
    try {
      await this.provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
    } catch (e: any) {
      if (e?.code === 4902 && add) await this.provider.request({ method: "wallet_addEthereumChain", params: [{ chainId, ...add }] });
      else throw e;
    }
    this.chainId = id;
  }

  private need() { if (!this.account) throw new Error("not connected"); return this.account; }

  sendTransaction(tx: { to: string; value?: bigint; data?: string; gas?: bigint }) {
    const from = this.need();
    return this.provider.request({
      method: "eth_sendTransaction",
      params: [{ from, to: tx.to, value: tx.value !== undefined ? "0x" + tx.value.toString(16) : undefined, data: tx.data, gas: tx.gas !== undefined ? "0x" + tx.gas.toString(16) : undefined }],
    }) as Promise<string>;
  }

  sendEth(to: string, wei: bigint) { return this.sendTransaction({ to, value: wei }); }
  transferErc20(token: string, to: string, amount: bigint) { return this.sendTransaction({ to: token, data: encodeTransfer(to, amount) }); }
  /** Approve an exact amount. Unlimited approvals are deliberately not offered as a default. */
  approveErc20(token: string, spender: string, amount: bigint) { return this.sendTransaction({ to: token, data: encodeApprove(spender, amount) }); }
  revokeErc20(token: string, spender: string) { return this.approveErc20(token, spender, 0n); }

  signMessage(message: string) {
    const hex = "0x" + Array.from(new TextEncoder().encode(message), (b) => b.toString(16).padStart(2, "0")).join("");
    return this.provider.request({ method: "personal_sign", params: [hex, this.need()] }) as Promise<string>;
  }

  signTypedData(typed: { domain: object; types: object; primaryType: string; message: object }) {
    return this.provider.request({ method: "eth_signTypedData_v4", params: [this.need(), JSON.stringify(typed)] }) as Promise<string>;
  }

  async erc20Balance(token: string, owner = this.need()): Promise<bigint> {
    const r = (await this.provider.request({ method: "eth_call", params: [{ to: token, data: SELECTORS.balanceOf + word(owner) }, "latest"] })) as string;
    return BigInt(r);
  }
}
