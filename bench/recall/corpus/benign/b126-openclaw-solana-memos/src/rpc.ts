const B58 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;

export function assertAddress(a: string) {
  if (!B58.test(a)) throw new Error(`"${a}" is not a valid base58 Solana address`);
}

export class SolanaRpc {
  private id = 0;
  constructor(private url: string) {}

  async call<T>(method: string, params: unknown[]): Promise<T> {
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++this.id, method, params }),
    });
    if (!res.ok) throw new Error(`RPC HTTP ${res.status}`);
    const j = (await res.json()) as { result?: T; error?: { message: string } };
    if (j.error) throw new Error(`RPC error: ${j.error.message}`);
    return j.result as T;
  }

  async balance(address: string) {
    assertAddress(address);
    const r = await this.call<{ value: number }>("getBalance", [address, { commitment: "confirmed" }]);
    return r.value / 1e9;
  }

  /** Recent signatures; the RPC includes the memo text (if any) for each. */
  async signatures(address: string, limit = 10) {
    assertAddress(address);
    type Sig = { signature: string; slot: number; blockTime: number | null; err: unknown; memo: string | null };
    return this.call<Sig[]>("getSignaturesForAddress", [address, { limit: Math.min(Math.max(limit, 1), 100) }]);
  }
}

/** RPC returns memos as "[<len>] text; [<len>] text2". Split into plain strings. */
export function parseMemo(memo: string | null): string[] {
  if (!memo) return [];
  return memo.split(/;\s*(?=\[\d+\])/).map((m) => m.replace(/^\[\d+\]\s*/, "").trim()).filter(Boolean);
}
