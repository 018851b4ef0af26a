import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Exporter, newSpanId, newTraceId, type Span } from "./otlp.js";

type Cfg = { endpoint?: string; headers?: Record<string, string>; serviceName?: string; captureContent?: boolean; maxAttrLength?: number };

export default {
  id: "otel-traces",
  name: "OpenTelemetry Traces",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    if (!cfg.endpoint) {
      api.logger.warn("otel-traces: no endpoint configured; plugin inactive");
      return;
    }
    const exporter = new Exporter(cfg.endpoint, cfg.headers ?? {}, cfg.serviceName ?? "openclaw-gateway", api.logger);
    const capture = cfg.captureContent === true;
    const clip = (s: unknown) => String(typeof s === "string" ? s : JSON.stringify(s) ?? "").slice(0, cfg.maxAttrLength ?? 2000);

    const turns = new Map<string, Span>();
    const llm = new Map<string, Span>();
    const tools = new Map<string, Span>();

    api.on("before_agent_start", (event: any, ctx: any) => {
      const span: Span = {
        traceId: newTraceId(),
        spanId: newSpanId(),
        name: "agent.turn",
        start: Date.now(),
        attrs: { "openclaw.agent": ctx.agentId, "openclaw.session": ctx.sessionKey, "openclaw.channel": ctx.channelId },
      };
      if (capture) span.attrs["openclaw.prompt"] = clip(event.prompt);
      turns.set(ctx.sessionKey, span);
    });

    api.on("llm_input", (event: any, ctx: any) => {
      const parent = turns.get(ctx.sessionKey);
      const span: Span = {
        traceId: parent?.traceId ?? newTraceId(),
        parentSpanId: parent?.spanId,
        spanId: newSpanId(),
        name: "llm.call",
        start: Date.now(),
        attrs: { "gen_ai.request.model": event.model, "gen_ai.system": event.provider },
      };
      if (capture) span.attrs["gen_ai.prompt"] = clip(event.messages ?? event.prompt);
      llm.set(event.runId ?? ctx.sessionKey, span);
    });

    api.on("llm_output", (event: any, ctx: any) => {
      const key = event.runId ?? ctx.sessionKey;
      const span = llm.get(key);
      if (!span) return;
      llm.delete(key);
      span.end = Date.now();
      span.attrs["gen_ai.usage.input_tokens"] = event.usage?.input;
      span.attrs["gen_ai.usage.output_tokens"] = event.usage?.output;
      if (capture) span.attrs["gen_ai.completion"] = clip(event.assistantTexts ?? event.output);
      exporter.add(span);
    });

    api.on("before_tool_call", (event: any, ctx: any) => {
      const parent = turns.get(ctx.sessionKey);
      const span: Span = {
        traceId: parent?.traceId ?? newTraceId(),
        parentSpanId: parent?.spanId,
        spanId: newSpanId(),
        name: `tool.${event.toolName}`,
        start: Date.now(),
        attrs: { "openclaw.tool": event.toolName },
      };
      if (capture) span.attrs["openclaw.tool.params"] = clip(event.params);
      tools.set(event.toolCallId ?? `${ctx.sessionKey}:${event.toolName}`, span);
    });

    api.on("after_tool_call", (event: any, ctx: any) => {
      const key = event.toolCallId ?? `${ctx.sessionKey}:${event.toolName}`;
      const span = tools.get(key);
      if (!span) return;
      tools.delete(key);
      span.end = Date.now();
      if (event.error) span.status = { code: 2, message: clip(event.error) };
      exporter.add(span);
    });

    api.on("agent_end", (event: any, ctx: any) => {
      const span = turns.get(ctx.sessionKey);
      if (!span) return;
      turns.delete(ctx.sessionKey);
      span.end = Date.now();
      span.attrs["openclaw.success"] = event.success !== false;
      exporter.add(span);
    });

    api.registerService({ id: "otel-traces-exporter", start: () => exporter.start(), stop: () => exporter.shutdown() });
    api.logger.info(`otel-traces: exporting to ${new URL(cfg.endpoint).host} (content capture ${capture ? "ON" : "off"})`);
  },
};
