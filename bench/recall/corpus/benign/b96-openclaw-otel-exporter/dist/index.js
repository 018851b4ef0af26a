import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { attrs, OtlpHttp, parseHeaderEnv } from "./otlp.js";
const nanos = (ms) => (BigInt(Math.round(ms)) * 1000000n).toString();
const hex = (n) => randomBytes(n).toString("hex");
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const endpoint = cfg.endpoint ?? process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? "http://127.0.0.1:4318";
    const headers = { ...parseHeaderEnv(process.env.OTEL_EXPORTER_OTLP_HEADERS), ...(cfg.headers ?? {}) };
    const exporter = new OtlpHttp(endpoint, headers, cfg.compression !== "none");
    const resource = {
        attributes: attrs({
            "service.name": cfg.serviceName ?? process.env.OTEL_SERVICE_NAME ?? "openclaw-gateway",
            "service.version": api.version,
            "host.name": hostname(),
        }),
    };
    const spans = [];
    const tokenSums = new Map();
    const toolSums = new Map();
    const turnDurations = [];
    const turns = new Map();
    const toolStarts = new Map();
    let timer;
    const startedAt = Date.now();
    const bump = (m, k, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
    api.on("before_agent_start", (event, ctx) => {
        turns.set(ctx?.sessionKey ?? "default", { traceId: hex(16), spanId: hex(8), start: Date.now() });
        void event;
    });
    api.on("before_tool_call", (event) => {
        toolStarts.set(event.toolCallId ?? event.toolName, Date.now());
    });
    api.on("after_tool_call", (event, ctx) => {
        const key = event.toolCallId ?? event.toolName;
        const start = toolStarts.get(key) ?? Date.now();
        toolStarts.delete(key);
        const outcome = event.blocked ? "blocked" : event.error ? "error" : "ok";
        bump(toolSums, `${event.toolName}|${outcome}`);
        const turn = turns.get(ctx?.sessionKey ?? "default");
        spans.push({
            traceId: turn?.traceId ?? hex(16),
            spanId: hex(8),
            parentSpanId: turn?.spanId,
            name: "tool.call",
            kind: 1,
            startTimeUnixNano: nanos(start),
            endTimeUnixNano: nanos(Date.now()),
            attributes: attrs({
                "openclaw.tool.name": event.toolName,
                "openclaw.tool.outcome": outcome,
                // names only, never values: arguments can contain secrets and file contents
                "openclaw.tool.arg_names": Object.keys(event.params ?? {}).join(","),
            }),
            status: { code: outcome === "ok" ? 1 : 2, message: event.error?.slice(0, 200) },
        });
    });
    api.on("agent_end", (event, ctx) => {
        const session = ctx?.sessionKey ?? "default";
        const turn = turns.get(session);
        turns.delete(session);
        const now = Date.now();
        const model = `${event.provider ?? "?"}/${event.model ?? "?"}`;
        bump(tokenSums, `input|${model}`, event.usage?.input ?? 0);
        bump(tokenSums, `output|${model}`, event.usage?.output ?? 0);
        if (turn)
            turnDurations.push({ t: now, v: now - turn.start, model });
        spans.push({
            traceId: turn?.traceId ?? hex(16),
            spanId: turn?.spanId ?? hex(8),
            name: "agent.turn",
            kind: 1,
            startTimeUnixNano: nanos(turn?.start ?? now),
            endTimeUnixNano: nanos(now),
            attributes: attrs({
                "openclaw.session": session,
                "gen_ai.system": event.provider,
                "gen_ai.request.model": event.model,
                "gen_ai.usage.input_tokens": event.usage?.input,
                "gen_ai.usage.output_tokens": event.usage?.output,
                "gen_ai.prompt": cfg.captureContent ? event.prompt?.slice(0, 4000) : undefined,
                "gen_ai.completion": cfg.captureContent ? event.response?.slice(0, 4000) : undefined,
            }),
            status: { code: event.success === false ? 2 : 1, message: event.error?.slice(0, 200) },
        });
    });
    async function flush() {
        const batch = spans.splice(0, spans.length);
        const scope = { name: "openclaw-otel-exporter", version: "0.3.2" };
        if (batch.length) {
            await exporter.post("traces", { resourceSpans: [{ resource, scopeSpans: [{ scope, spans: batch }] }] });
        }
        const now = nanos(Date.now());
        const start = nanos(startedAt);
        const sumPoints = (m, keys) => [...m.entries()].map(([k, v]) => {
            const [a, b] = k.split("|");
            return { attributes: attrs({ [keys[0]]: a, [keys[1]]: b }), startTimeUnixNano: start, timeUnixNano: now, asInt: String(v) };
        });
        const durations = turnDurations.splice(0, turnDurations.length);
        await exporter.post("metrics", {
            resourceMetrics: [
                {
                    resource,
                    scopeMetrics: [
                        {
                            scope,
                            metrics: [
                                { name: "openclaw.tokens", unit: "{token}", sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: sumPoints(tokenSums, ["direction", "model"]) } },
                                { name: "openclaw.tool.calls", unit: "{call}", sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: sumPoints(toolSums, ["tool", "outcome"]) } },
                                {
                                    name: "openclaw.turn.duration",
                                    unit: "ms",
                                    gauge: { dataPoints: durations.map((d) => ({ attributes: attrs({ model: d.model }), timeUnixNano: nanos(d.t), asDouble: d.v })) },
                                },
                            ],
                        },
                    ],
                },
            ],
        });
    }
    api.registerService({
        id: "otel-exporter",
        async start() {
            timer = setInterval(() => void flush().catch((e) => api.logger.warn(`otel: export failed: ${e.message}`)), cfg.flushIntervalMs ?? 10000);
            timer.unref();
            api.logger.info(`otel: exporting to ${endpoint}`);
        },
        async stop() {
            if (timer)
                clearInterval(timer);
            await flush().catch(() => undefined);
        },
    });
}
