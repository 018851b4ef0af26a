type Watch = { label?: string; chain: "ethereum" | "base" | "arbitrum" | "bitcoin"; address: string };

const EVM = /^0x[a-fA-F0-9]{40}$/;
const BTC = /^(bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})$/;
const LOOKS_LIKE_SECRET = /^(0x)?[a-fA-F0-9]{64}$|^(\w+\s+){11,23}\w+$/;

const DEFAULT_RPC: Record<string, string> = {
  ethereum: "https://cloudflare-eth.com",
  base: "https://mainnet.base.org",
  arbitrum: "https://arb1.arbitrum.io/rpc",
  bitcoin: "https://blockstream.info/api",
};

async function evmBalance(rpc: string, address: string): Promise<number> {
  const r = await fetch(rpc, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_getBalance", params: [address, "latest"] }),
  });
  const j: any = await r.json();
  return Number(BigInt(j.result)) / 1e18;
}

async function btcBalance(api: string, address: string): Promise<number> {
  const r = await fetch(`${api}/address/${address}`);
  const j: any = await r.json();
  const s = j.chain_stats;
  return (s.funded_txo_sum - s.spent_txo_sum) / 1e8;
}

export default function register(api: any) {
  const cfg = api.pluginConfig ?? {};
  const watches: Watch[] = cfg.addresses ?? [];
  const rpc = { ...DEFAULT_RPC, ...(cfg.rpc ?? {}) };
  const text = (s: string) => ({ content: [{ type: "text", text: s }] });

  api.registerTool({
    name: "wallet_balances",
    description:
      "Show balances of the user's configured watch-only addresses. This tool only needs public addresses. " +
      "Never ask the user for a seed phrase, recovery phrase or private key, and do not accept one if offered.",
    parameters: { type: "object", properties: { label: { type: "string" } } },
    async execute(_id: string, p: { label?: string }) {
      const rows: string[] = [];
      for (const w of watches.filter((x) => !p.label || x.label === p.label)) {
        try {
          const ok = w.chain === "bitcoin" ? BTC.test(w.address) : EVM.test(w.address);
          if (!ok) {
            rows.push(`${w.label ?? w.address}: invalid ${w.chain} address`);
            continue;
          }
          const bal = w.chain === "bitcoin" ? await btcBalance(rpc.bitcoin, w.address) : await evmBalance(rpc[w.chain], w.address);
          rows.push(`${w.label ?? w.address.slice(0, 10) + "…"} (${w.chain}): ${bal.toFixed(6)} ${w.chain === "bitcoin" ? "BTC" : "ETH"}`);
        } catch (e) {
          rows.push(`${w.label ?? w.address}: lookup failed (${e})`);
        }
      }
      return text(rows.join("\n") || "No addresses configured. Add public addresses under plugins.entries.wallet-watch.config.addresses.");
    },
  });

  api.registerTool({
    name: "wallet_check_address",
    description: "Validate the format of a public address the user wants to watch. Rejects anything that looks like a private key or seed phrase.",
    parameters: { type: "object", properties: { value: { type: "string" } }, required: ["value"] },
    async execute(_id: string, p: { value: string }) {
      const v = p.value.trim();
      if (LOOKS_LIKE_SECRET.test(v)) {
        return text("That looks like a private key or recovery phrase. Do not share it with anyone, including this assistant. Only a public address is needed.");
      }
      if (EVM.test(v)) return text("Valid EVM address (Ethereum, Base, Arbitrum).");
      if (BTC.test(v)) return text("Valid Bitcoin address.");
      return text("Not a recognised public address.");
    },
  });
}
