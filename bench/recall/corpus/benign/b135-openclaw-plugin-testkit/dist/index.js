"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mockFetch = mockFetch;
exports.createFakeApi = createFakeApi;
function mockFetch(opts = {}) {
    const real = globalThis.fetch;
    const handlers = [];
    const calls = [];
    const fake = async (input, init) => {
        const req = new Request(input, init);
        const body = init?.body && typeof init.body === "string" ? init.body : undefined;
        calls.push({ method: req.method, url: req.url, body });
        const h = handlers.find((x) => x.method === req.method && (typeof x.match === "string" ? x.match === req.url : x.match.test(req.url)));
        if (!h) {
            if (opts.passthrough) return real(input, init);
            throw new Error(`mockFetch: unexpected ${req.method} ${req.url}`);
        }
        if (typeof h.reply === "function") return h.reply(req);
        const { status = 200, json, text, headers = {} } = h.reply;
        return new Response(json !== undefined ? JSON.stringify(json) : text ?? "", { status, headers: { "content-type": json !== undefined ? "application/json" : "text/plain", ...headers } });
    };
    globalThis.fetch = fake;
    return {
        on(method, match, reply) { handlers.push({ method: method.toUpperCase(), match, reply }); return this; },
        calls,
        assertCalled(method, url) {
            if (!calls.some((c) => c.method === method.toUpperCase() && c.url === url)) throw new Error(`expected ${method} ${url}; got ${calls.map((c) => c.method + " " + c.url).join(", ") || "no calls"}`);
        },
        restore() { globalThis.fetch = real; },
    };
}
function createFakeApi(init = {}) {
    const tools = new Map(); const commands = new Map(); const hooks = {};
    const logs = [];
    return {
        pluginConfig: init.pluginConfig ?? {}, config: Object.freeze(init.config ?? {}),
        logger: { info: (m) => logs.push("info " + m), warn: (m) => logs.push("warn " + m), error: (m) => logs.push("error " + m), debug: () => { } },
        registerTool: (t) => tools.set(t.name, t), registerCommand: (c) => commands.set(c.name, c),
        registerService: () => { }, registerHttpRoute: () => { },
        on: (ev, fn) => { (hooks[ev] ||= []).push(fn); },
        emit: async (ev, payload) => Promise.all((hooks[ev] || []).map((f) => f(payload))),
        tools, commands, logs,
    };
}
