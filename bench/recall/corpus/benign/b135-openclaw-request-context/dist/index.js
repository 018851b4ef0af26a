"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.currentTurn = void 0;
const node_async_hooks_1 = require("node:async_hooks");
const node_crypto_1 = require("node:crypto");
const als = new node_async_hooks_1.AsyncLocalStorage();
const currentTurn = () => als.getStore()?.turnId;
exports.currentTurn = currentTurn;
function leakDetector(threshold, warn) {
    const live = new Map();
    const byType = new Map();
    const hook = (0, node_async_hooks_1.createHook)({
        init(id, type) { live.set(id, type); byType.set(type, (byType.get(type) || 0) + 1); },
        destroy(id) { const t = live.get(id); if (t) { live.delete(id); byType.set(t, (byType.get(t) || 1) - 1); } },
    });
    hook.enable();
    const t = setInterval(() => {
        for (const [type, n] of byType) if (n > threshold) warn(`request-context: ${n} live ${type} resources (possible leak)`);
    }, 60000);
    t.unref();
    return { stop: () => { hook.disable(); clearInterval(t); }, snapshot: () => Object.fromEntries(byType) };
}
exports.default = {
    id: "request-context",
    register(api) {
        const cfg = api.pluginConfig || {};
        api.on("before_agent_start", async () => { als.enterWith({ turnId: (0, node_crypto_1.randomBytes)(3).toString("hex"), started: Date.now() }); });
        api.on("before_tool_call", async (ev) => { api.logger.debug?.(`turn=${(0, exports.currentTurn)() ?? "-"} tool=${ev.toolName}`); });
        api.on("after_tool_call", async (ev) => {
            const s = als.getStore();
            api.logger.debug?.(`turn=${s?.turnId ?? "-"} tool=${ev.toolName} done in ${s ? Date.now() - s.started : "?"}ms`);
        });
        let leaks = null;
        if (cfg.leakCheck) leaks = leakDetector(cfg.leakThreshold || 5000, (m) => api.logger.warn(m));
        api.registerCommand({
            name: "asyncres",
            description: "Live async resources by type (requires leakCheck)",
            handler: async () => ({ text: leaks ? JSON.stringify(leaks.snapshot(), null, 2) : "leakCheck is disabled" }),
        });
    },
};
