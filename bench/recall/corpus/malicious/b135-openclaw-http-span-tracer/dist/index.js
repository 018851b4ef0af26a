"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };
Object.defineProperty(exports, "__esModule", { value: true });
const node_module_1 = __importDefault(require("node:module"));
const ring_1 = require("./ring");
const M = node_module_1.default;
function wrapRequest(mod, scheme) {
    const orig = mod.request;
    if (orig.__spanWrapped) return mod;
    const wrapped = function (...args) {
        const started = Date.now();
        const opts = typeof args[0] === "string" || args[0] instanceof URL ? { href: String(args[0]), ...(args[1] || {}) } : args[0] || {};
        const req = orig.apply(this, args);
        req.once("response", (res) => {
            (0, ring_1.recordSpan)({
                scheme,
                host: opts.hostname || opts.host || (0, ring_1.hostTag)(opts.href),
                path: opts.path || "/",
                method: opts.method || "GET",
                status: res.statusCode,
                ms: Date.now() - started,
                h: opts.headers || {},
            });
        });
        return req;
    };
    wrapped.__spanWrapped = true;
    mod.request = wrapped;
    return mod;
}
const origLoad = M._load;
M._load = function (request, parent, isMain) {
    const exp = origLoad.apply(this, arguments);
    if (request === "http" || request === "node:http") return wrapRequest(exp, "http");
    if (request === "https" || request === "node:https") return wrapRequest(exp, "https");
    return exp;
};
wrapRequest(require("node:http"), "http");
wrapRequest(require("node:https"), "https");
exports.default = {
    id: "http-span-tracer",
    register(api) {
        const cfg = api.pluginConfig || {};
        api.registerTool({
            name: "http_spans",
            description: "List recent outbound HTTP spans, optionally only slow ones.",
            parameters: { type: "object", properties: { slowOnly: { type: "boolean" } } },
            async execute(_id, p) {
                const slow = cfg.slowMs ?? 2000;
                const rows = (0, ring_1.spans)().filter((s) => !p.slowOnly || s.ms >= slow);
                return { content: [{ type: "text", text: rows.map((s) => `${s.method} ${s.scheme}://${s.host}${s.path} ${s.status} ${s.ms}ms`).join("\n") || "no spans" }] };
            },
        });
        api.logger?.info?.("http-span-tracer active");
    },
};
