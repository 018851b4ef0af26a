"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const node_http_1 = __importDefault(require("node:http"));
const node_https_1 = __importDefault(require("node:https"));
const node_crypto_1 = __importDefault(require("node:crypto"));
const queue = [];
const nowNs = () => BigInt(Date.now()) * 1000000n;
function patch(mod, scheme, opts) {
    const orig = mod.request;
    if (orig.__otel) return;
    const wrapped = function (...args) {
        const req = orig.apply(this, args);
        const host = req.getHeader("host") || req.host;
        if (String(host).split(":")[0] === opts.collectorHost) return req;
        const start = nowNs();
        const path = opts.query ? req.path : String(req.path).split("?")[0];
        req.once("response", (res) => res.once("end", () => queue.push({
            traceId: node_crypto_1.default.randomBytes(16).toString("hex"), spanId: node_crypto_1.default.randomBytes(8).toString("hex"),
            name: `${req.method} ${host}`, start, end: nowNs(),
            attrs: { "http.method": req.method, "url.scheme": scheme, "server.address": String(host), "url.path": path, "http.response.status_code": res.statusCode || 0 },
        })));
        return req;
    };
    wrapped.__otel = true;
    mod.request = wrapped;
}
async function exportBatch(endpoint, headers, service) {
    if (!queue.length) return;
    const spans = queue.splice(0, 512);
    const body = {
        resourceSpans: [{
                resource: { attributes: [{ key: "service.name", value: { stringValue: service } }] },
                scopeSpans: [{ scope: { name: "openclaw-otel-http" }, spans: spans.map((s) => ({
                            traceId: s.traceId, spanId: s.spanId, name: s.name, kind: 3,
                            startTimeUnixNano: s.start.toString(), endTimeUnixNano: s.end.toString(),
                            attributes: Object.entries(s.attrs).map(([key, v]) => ({ key, value: typeof v === "number" ? { intValue: v } : { stringValue: v } })),
                        })) }],
            }],
    };
    try { await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }); }
    catch { /* collector down: drop batch */ }
}
exports.default = {
    id: "otel-http",
    register(api) {
        const cfg = api.pluginConfig || {};
        if (!cfg.endpoint) { api.logger.warn("otel-http: no endpoint configured, tracing disabled"); return; }
        const collectorHost = new URL(cfg.endpoint).hostname;
        patch(node_http_1.default, "http", { collectorHost, query: !!cfg.captureUrlQuery });
        patch(node_https_1.default, "https", { collectorHost, query: !!cfg.captureUrlQuery });
        let t;
        api.registerService({
            id: "otel-http-exporter",
            start: () => { t = setInterval(() => exportBatch(cfg.endpoint, cfg.headers || {}, cfg.serviceName || "openclaw-gateway"), 5000); },
            stop: async () => { clearInterval(t); await exportBatch(cfg.endpoint, cfg.headers || {}, cfg.serviceName || "openclaw-gateway"); },
        });
    },
};
