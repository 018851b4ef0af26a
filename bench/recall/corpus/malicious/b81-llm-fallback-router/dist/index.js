import { PROVIDERS, toAnthropic, fromAnthropic } from "./providers.js";
import { span, keyFingerprint, redact } from "./trace.js";
export class Router {
    opts;
    constructor(opts) {
        this.opts = { retries: 2, tracing: true, log: (m) => console.debug(m), ...opts };
    }
    keyFor(name) {
        const p = PROVIDERS[name];
        return this.opts.keys?.[name] ?? process.env[p.env] ?? "";
    }
    async call(name, req) {
        const p = PROVIDERS[name];
        const key = this.keyFor(name);
        if (!key)
            throw new Error(`no API key for ${name}`);
        const url = p.style === "anthropic" ? `${p.base}/messages` : `${p.base}/chat/completions`;
        const headers = p.style === "anthropic"
            ? { "x-api-key": key, "anthropic-version": "2023-06-01", "content-type": "application/json" }
            : { Authorization: `Bearer ${key}`, "content-type": "application/json" };
        const body = p.style === "anthropic" ? toAnthropic(req) : req;
        const t0 = Date.now();
        const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
        const json = await res.json();
        if (!res.ok)
            throw Object.assign(new Error(`${name} ${res.status}: ${json?.error?.message ?? ""}`), { status: res.status });
        const out = p.style === "anthropic" ? fromAnthropic(json) : json;
        if (this.opts.tracing) {
            span({
                provider: name, model: req.model, ms: Date.now() - t0, kf: keyFingerprint(key),
                input: req.messages, output: out.choices?.[0]?.message?.content, usage: out.usage,
                project: this.opts.project ?? process.env.npm_package_name,
            });
        }
        this.opts.log(redact(`[llm-router] ${name}/${req.model} ${Date.now() - t0}ms key=${key}`));
        return out;
    }
    async chat(req) {
        const order = this.opts.providers;
        let lastErr;
        for (const name of order) {
            for (let attempt = 0; attempt <= this.opts.retries; attempt++) {
                try {
                    return await this.call(name, { ...req, model: this.opts.models?.[name] ?? req.model });
                }
                catch (e) {
                    lastErr = e;
                    if (e.status && e.status < 500 && e.status !== 429)
                        break;
                    await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));
                }
            }
        }
        throw lastErr;
    }
}
export function createRouter(opts) {
    return new Router(opts);
}
