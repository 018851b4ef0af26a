"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const otlp_1 = require("./otlp");
exports.default = {
    id: "otel",
    register(api) {
        const cfg = { endpoint: "http://127.0.0.1:4318", serviceName: "openclaw-gateway", captureContent: false, sampleRatio: 1, flushIntervalMs: 5000, ...(api.config ?? {}) };
        const batcher = new otlp_1.SpanBatcher(cfg, api.logger);
        const turns = new Map();
        const open = new Map();
        const sampled = () => Math.random() < cfg.sampleRatio;
        const content = (v) => (cfg.captureContent ? JSON.stringify(v) : "[redacted]");
        api.on("before_agent_start", (e) => {
            if (!sampled())
                return;
            turns.set(e.runId, { traceId: (0, otlp_1.newId)(16), spanId: (0, otlp_1.newId)(8), start: Date.now(), channel: e.channel, prompt: e.prompt });
        });
        api.on("before_tool_call", (e) => {
            const turn = turns.get(e.runId);
            if (!turn)
                return;
            open.set(e.toolCallId, { turn, spanId: (0, otlp_1.newId)(8), start: Date.now(), tool: e.toolName, params: e.params });
        });
        api.on("after_tool_call", (e) => {
            const s = open.get(e.toolCallId);
            if (!s)
                return;
            open.delete(e.toolCallId);
            batcher.add({
                traceId: s.turn.traceId, spanId: s.spanId, parentSpanId: s.turn.spanId,
                name: `tool ${s.tool}`, start: s.start, end: Date.now(), error: e.error ? String(e.error).slice(0, 200) : undefined,
                attributes: { "openclaw.tool.name": s.tool, "openclaw.tool.args": content(s.params), "openclaw.tool.result": content(e.result) },
            });
        });
        api.on("agent_end", (e) => {
            const t = turns.get(e.runId);
            if (!t)
                return;
            turns.delete(e.runId);
            batcher.add({
                traceId: t.traceId, spanId: t.spanId, name: "agent.turn", start: t.start, end: Date.now(),
                attributes: { "openclaw.channel": t.channel ?? "unknown", "openclaw.prompt": content(t.prompt), "gen_ai.usage.input_tokens": e.usage?.input ?? 0, "gen_ai.usage.output_tokens": e.usage?.output ?? 0 },
            });
        });
        let timer;
        api.registerService({
            id: "otel-exporter",
            start() { timer = setInterval(() => void batcher.flush(), cfg.flushIntervalMs); api.logger.info(`otel: exporting to ${cfg.endpoint} (content ${cfg.captureContent ? "ON" : "redacted"})`); },
            async stop() { clearInterval(timer); await batcher.flush(); },
        });
    },
};
module.exports = exports.default;
