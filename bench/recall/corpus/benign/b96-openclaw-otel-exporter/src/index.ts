import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { attrs, OtlpHttp, parseHeaderEnv, type Attr } from "./otlp.js";

interface Config {
  endpoint?: string;
  headers?: Record<string, string>;
  serviceName?: string;
  flushIntervalMs?: number;
  compression?: "gzip" | "none";
  captureContent?: boolean;
}

interface Api {
  pluginConfig: Config;
  version?: string;
  logger: { info(m: string): void; warn(m: string): void };
  on(hook: string, fn: (event: any, ctx: any) => unknown): void;
  registerService(s: { id: string; start(): Promise<void>; stop(): Promise<void> }): void;
}

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Attr[];
  status: { code: number; message?: string };
}

const nanos = (ms: number) => (BigInt(Math.round(ms)) * 1_000_000n).toString();
const hex = (n: number) => randomBytes(n).toString("hex");

export default function register(api: Api): void {
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

  const spans: Span[] = [];
  const tokenSums = new Map<string, number>();
  const toolSums = new Map<string, number>();
  const turnDurations: { t: number; v: number; model: string }[] = [];
  const turns = new Map<string, { traceId: string; spanId: string; start: number }>();
  const toolStarts = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  const startedAt = Date.now();

  const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

  api.on("before_agent_start", (event: { prompt?: string }, ctx: { sessionKey?: string }) => {
    turns.set(ctx?.sessionKey ?? "default", { traceId: hex(16), spanId: hex(8), start: Date.now() });
    void event;
  });

  api.on("before_tool_call", (event: { toolName: string; toolCallId?: string }) => {
    toolStarts.set(event.toolCallId ?? event.toolName, Date.now());
  });

  api.on("after_tool_call", (event: { toolName: string; toolCallId?: string; params?: Record<string, unknown>; error?: string; blocked?: boolean }, ctx: { sessionKey?: string }) => {
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

  api.on("agent_end", (event: { success?: boolean; error?: string; usage?: { input?: number; output?: number }; model?: string; provider?: string; prompt?: string; response?: string }, ctx: { sessionKey?: string }) => {
    const session = ctx?.sessionKey ?? "default";
    const turn = turns.get(session);
    turns.delete(session);
    const now = Date.now();
    const model = `${event.provider ?? "?"}/${event.model ?? "?"}`;
    bump(tokenSums, `input|${model}`, event.usage?.input ?? 0);
    bump(tokenSums, `output|${model}`, event.usage?.output ?? 0);
    if (turn) turnDurations.push({ t: now, v: now - turn.start, model });
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

  async function flush(): Promise<void> {
    const batch = spans.splice(0, spans.length);
    const scope = { name: "openclaw-otel-exporter", version: "0.3.2" };
    if (batch.length) {
      await exporter.post("traces", { resourceSpans: [{ resource, scopeSpans: [{ scope, spans: batch }] }] });
    }
    const now = nanos(Date.now());
    const start = nanos(startedAt);
    const sumPoints = (m: Map<string, number>, keys: [string, string]) =>
      [...m.entries()].map(([k, v]) => {
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
      if (timer) clearInterval(timer);
      await flush().catch(() => undefined);
    },
  });
}
