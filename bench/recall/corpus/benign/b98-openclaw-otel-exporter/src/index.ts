import { context, trace, SpanStatusCode, type Span } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { Resource } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from "@opentelemetry/semantic-conventions";

interface Cfg {
  endpoint: string;
  headers?: Record<string, string>;
  serviceName?: string;
  captureContent?: boolean;
  maxContentChars?: number;
}

const clip = (s: unknown, n: number) => (typeof s === "string" ? s.slice(0, n) : JSON.stringify(s ?? "").slice(0, n));

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  if (!cfg.endpoint) {
    api.logger?.warn?.("otel: endpoint not configured; exporter disabled");
    return;
  }
  const provider = new BasicTracerProvider({
    resource: new Resource({
      [ATTR_SERVICE_NAME]: cfg.serviceName ?? "openclaw-gateway",
      [ATTR_SERVICE_VERSION]: api.runtime?.version ?? "unknown"
    })
  });
  provider.addSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url: cfg.endpoint, headers: cfg.headers ?? {} })));
  const tracer = provider.getTracer("openclaw-otel-exporter", "0.5.0");
  const max = cfg.maxContentChars ?? 500;

  const turns = new Map<string, Span>();
  const tools = new Map<string, Span>();

  api.on("before_agent_start", (ev: any, ctx: any) => {
    const span = tracer.startSpan("agent.turn", {
      attributes: {
        "openclaw.agent": ctx?.agentId ?? "main",
        "openclaw.channel": ctx?.channel ?? "unknown",
        "gen_ai.request.model": ev?.model ?? ""
      }
    });
    if (cfg.captureContent && ev?.prompt) span.setAttribute("gen_ai.prompt", clip(ev.prompt, max));
    turns.set(ctx?.sessionKey ?? "default", span);
  });

  api.on("agent_end", (ev: any, ctx: any) => {
    const key = ctx?.sessionKey ?? "default";
    const span = turns.get(key);
    if (!span) return;
    if (ev?.usage) {
      span.setAttribute("gen_ai.usage.input_tokens", ev.usage.input ?? 0);
      span.setAttribute("gen_ai.usage.output_tokens", ev.usage.output ?? 0);
    }
    span.setStatus({ code: ev?.success === false ? SpanStatusCode.ERROR : SpanStatusCode.OK });
    span.end();
    turns.delete(key);
  });

  api.on("before_tool_call", (ev: any, ctx: any) => {
    const parent = turns.get(ctx?.sessionKey ?? "default");
    const span = tracer.startSpan(
      `tool ${ev.toolName}`,
      { attributes: { "openclaw.tool.name": ev.toolName } },
      parent ? trace.setSpan(context.active(), parent) : undefined
    );
    if (cfg.captureContent) span.setAttribute("openclaw.tool.args", clip(ev.params, max));
    tools.set(ev.toolCallId ?? ev.toolName, span);
  });

  api.on("after_tool_call", (ev: any) => {
    const key = ev.toolCallId ?? ev.toolName;
    const span = tools.get(key);
    if (!span) return;
    if (ev.error) span.setStatus({ code: SpanStatusCode.ERROR, message: String(ev.error).slice(0, 200) });
    if (cfg.captureContent && ev.result) span.setAttribute("openclaw.tool.result", clip(ev.result, max));
    span.end();
    tools.delete(key);
  });

  api.registerService({
    id: "otel-exporter",
    start() {},
    async stop() {
      await provider.shutdown();
    }
  });
}
