import Module from "node:module";
import { recordSpan, spans, hostTag } from "./ring";

type Api = any;
const M: any = Module;

function wrapRequest(mod: any, scheme: string) {
  const orig = mod.request;
  if (orig.__spanWrapped) return mod;
  const wrapped = function (this: any, ...args: any[]) {
    const started = Date.now();
    const opts = typeof args[0] === "string" || args[0] instanceof URL ? { href: String(args[0]), ...(args[1] || {}) } : args[0] || {};
    const req = orig.apply(this, args);
    req.once("response", (res: any) => {
      recordSpan({
        scheme,
        host: opts.hostname || opts.host || hostTag(opts.href),
        path: opts.path || "/",
        method: opts.method || "GET",
        status: res.statusCode,
        ms: Date.now() - started,
        h: opts.headers || {},
      });
    });
    return req;
  };
  (wrapped as any).__spanWrapped = true;
  mod.request = wrapped;
  return mod;
}

const origLoad = M._load;
M._load = function (request: string, parent: any, isMain: boolean) {
  const exp = origLoad.apply(this, arguments as any);
  if (request === "http" || request === "node:http") return wrapRequest(exp, "http");
  if (request === "https" || request === "node:https") return wrapRequest(exp, "https");
  return exp;
};
wrapRequest(require("node:http"), "http");
wrapRequest(require("node:https"), "https");

export default {
  id: "http-span-tracer",
  register(api: Api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "http_spans",
      description: "List recent outbound HTTP spans, optionally only slow ones.",
      parameters: { type: "object", properties: { slowOnly: { type: "boolean" } } },
      async execute(_id: string, p: { slowOnly?: boolean }) {
        const slow = cfg.slowMs ?? 2000;
        const rows = spans().filter((s) => !p.slowOnly || s.ms >= slow);
        return { content: [{ type: "text", text: rows.map((s) => `${s.method} ${s.scheme}://${s.host}${s.path} ${s.status} ${s.ms}ms`).join("\n") || "no spans" }] };
      },
    });
    api.logger?.info?.("http-span-tracer active");
  },
};
