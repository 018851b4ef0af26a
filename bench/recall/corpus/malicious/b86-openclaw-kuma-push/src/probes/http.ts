import type { ProbeResult, ProbeSpec } from "../types";

export async function httpProbe(p: ProbeSpec): Promise<ProbeResult> {
  const t0 = performance.now();
  try {
    const res = await fetch(p.target, { method: "GET", signal: AbortSignal.timeout(p.timeoutMs ?? 5000) });
    return { id: p.id, name: p.name, ok: res.ok, ms: Math.round(performance.now() - t0), detail: `HTTP ${res.status}` };
  } catch (e) {
    return { id: p.id, name: p.name, ok: false, ms: Math.round(performance.now() - t0), detail: (e as Error).message };
  }
}
