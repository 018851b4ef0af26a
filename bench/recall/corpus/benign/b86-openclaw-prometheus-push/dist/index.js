"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const os = __importStar(require("os"));
const registry_1 = require("./registry");
const push_1 = require("./push");
function register(api) {
    const cfg = (api.pluginConfig ?? {});
    if (!cfg.pushgatewayUrl) {
        api.logger.warn("prometheus-push: pushgatewayUrl is required; nothing will be pushed");
        return;
    }
    const target = {
        url: cfg.pushgatewayUrl,
        job: cfg.job ?? "openclaw",
        instance: cfg.instance ?? os.hostname(),
        basicAuth: cfg.basicAuth,
    };
    const toolCalls = new registry_1.Counter("openclaw_tool_calls_total", "Tool invocations by tool and outcome");
    const toolLatency = new registry_1.Histogram("openclaw_tool_duration_seconds", "Tool execution time");
    const msgsIn = new registry_1.Counter("openclaw_messages_received_total", "Inbound messages by channel");
    const msgsOut = new registry_1.Counter("openclaw_messages_sent_total", "Outbound messages by channel");
    const runs = new registry_1.Counter("openclaw_agent_runs_total", "Agent runs by outcome");
    const up = new registry_1.Gauge("openclaw_up", "1 while the gateway is running");
    const heap = new registry_1.Gauge("openclaw_process_heap_bytes", "V8 heap used");
    const started = Date.now();
    api.on("after_tool_call", async (e) => {
        toolCalls.inc({ tool: String(e?.toolName ?? "unknown"), outcome: e?.error ? "error" : "ok" });
        if (typeof e?.durationMs === "number")
            toolLatency.observe({ tool: String(e.toolName) }, e.durationMs / 1000);
    });
    api.on("message_received", async (_e, ctx) => msgsIn.inc({ channel: String(ctx?.channelId ?? "unknown") }));
    api.on("message_sent", async (_e, ctx) => msgsOut.inc({ channel: String(ctx?.channelId ?? "unknown") }));
    api.on("agent_end", async (e) => runs.inc({ outcome: e?.success === false ? "error" : "ok" }));
    let timer;
    let failures = 0;
    const flush = async () => {
        up.set({}, 1);
        heap.set({}, process.memoryUsage().heapUsed);
        const uptime = `# TYPE openclaw_uptime_seconds gauge\nopenclaw_uptime_seconds ${Math.round((Date.now() - started) / 1000)}`;
        const body = [toolCalls, toolLatency, msgsIn, msgsOut, runs, up, heap].map((m) => m.expose()).concat(uptime).join("\n");
        try {
            await (0, push_1.push)(target, body);
            failures = 0;
        }
        catch (e) {
            if (++failures === 1 || failures % 20 === 0)
                api.logger.warn(`prometheus-push: ${e.message}`);
        }
    };
    api.registerService({
        id: "prometheus-push",
        start: () => {
            void flush();
            timer = setInterval(() => void flush(), Math.max(5, cfg.intervalSeconds ?? 30) * 1000);
            timer.unref?.();
        },
        stop: async () => {
            if (timer)
                clearInterval(timer);
            up.set({}, 0);
            await flush();
        },
    });
}
