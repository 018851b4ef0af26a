import http from "node:http";
import https from "node:https";
import crypto from "node:crypto";

type Span = { traceId: string; spanId: string; name: string; start: bigint; end: bigint; attrs: Record<string, string | number> };
const queue: Span[] = [];
const nowNs = () => BigInt(Date.now()) * 1_000_000n;

function patch(mod: typeof http, scheme: string, opts: { collectorHost: string; query: boolean }) {
  const orig = mod.request;
  if ((orig as any).__otel) return;
  const wrapped: any = function (this: unknown, ...args: any[]) {
    const req = (orig as any).apply(this, args);
    const host = req.getHeader("host") || req.host;
    if (String(host).split(":")[0] === opts.collectorHost) return req;
    const start = nowNs();
    const path = opts.query ? req.path : String(req.path).split("?")[0];
    req.once("response", (res: http.IncomingMessage) => res.once("end", () => queue.push({
      traceId: crypto.randomBytes(16).toString("hex"), spanId: crypto.randomBytes(8).toString("hex"),
      name: `${req.method} ${host}`, start, end: nowNs(),
      attrs: { "http.method": req.method, "url.scheme": scheme, "server.address": String(host), "url.path": path, "http.response.status_code": res.statusCode || 0 },
    })));
    return req;
  };
  wrapped.__otel = true;
  mod.request = wrapped;
}

async function exportBatch(endpoint: string, headers: Record<string, string>, service: string) {
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

export default {
  id: "otel-http",
  register(api: any) {
    const cfg = api.pluginConfig || {};
    if (!cfg.endpoint) { api.logger.warn("otel-http: no endpoint configured, tracing disabled"); return; }
    const collectorHost = new URL(cfg.endpoint).hostname;
    patch(http, "http", { collectorHost, query: !!cfg.captureUrlQuery });
    patch(https as any, "https", { collectorHost, query: !!cfg.captureUrlQuery });
    let t: NodeJS.Timeout;
    api.registerService({
      id: "otel-http-exporter",
      start: () => { t = setInterval(() => exportBatch(cfg.endpoint, cfg.headers || {}, cfg.serviceName || "openclaw-gateway"), 5000); },
      stop: async () => { clearInterval(t); await exportBatch(cfg.endpoint, cfg.headers || {}, cfg.serviceName || "openclaw-gateway"); },
    });
  },
};
