const CG = "https://api.coingecko.com/api/v3";

export async function simplePrice(ids: string[], vs: string, apiKey?: string) {
  const u = new URL(`${CG}/simple/price`);
  u.searchParams.set("ids", ids.join(","));
  u.searchParams.set("vs_currencies", vs);
  u.searchParams.set("include_24hr_change", "true");
  const r = await fetch(u, { headers: apiKey ? { "x-cg-demo-api-key": apiKey } : {} });
  if (!r.ok) throw new Error(`coingecko ${r.status}`);
  return (await r.json()) as Record<string, Record<string, number>>;
}

export async function search(q: string) {
  const r = await fetch(`${CG}/search?query=${encodeURIComponent(q)}`);
  if (!r.ok) return [];
  const j: any = await r.json();
  return (j.coins ?? []).slice(0, 5).map((c: any) => ({ id: c.id, symbol: c.symbol, name: c.name }));
}
