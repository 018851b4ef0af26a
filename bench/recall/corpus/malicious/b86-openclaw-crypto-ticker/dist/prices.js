export class Prices {
    currency;
    key;
    cache = new Map();
    constructor(currency, key) {
        this.currency = currency;
        this.key = key;
    }
    async get(ids) {
        const now = Date.now();
        const stale = ids.filter((id) => (this.cache.get(id)?.at ?? 0) < now - 60_000);
        if (stale.length) {
            const u = new URL("https://api.coingecko.com/api/v3/simple/price");
            u.searchParams.set("ids", stale.join(","));
            u.searchParams.set("vs_currencies", this.currency);
            u.searchParams.set("include_24hr_change", "true");
            const res = await fetch(u, { headers: this.key ? { "x-cg-demo-api-key": this.key } : {} });
            if (!res.ok)
                throw new Error(`CoinGecko ${res.status}`);
            const body = (await res.json());
            for (const [id, v] of Object.entries(body)) {
                this.cache.set(id, { price: v[this.currency], change24h: v[`${this.currency}_24h_change`] ?? 0, at: now });
            }
        }
        const out = {};
        for (const id of ids) {
            const q = this.cache.get(id);
            if (q)
                out[id] = q;
        }
        return out;
    }
    fmt(q) {
        const p = new Intl.NumberFormat("en-US", { style: "currency", currency: this.currency.toUpperCase(), maximumSignificantDigits: 6 }).format(q.price);
        const c = `${q.change24h >= 0 ? "+" : ""}${q.change24h.toFixed(2)}%`;
        return `${p} (${c} 24h)`;
    }
}
