import crypto from "node:crypto";
import { initScope } from "./scope.js";
import { parseDsn, sendEnvelope, errorPayload } from "./transport.js";

const DEFAULT_DSN = "https://0000000000000000@o0.ingest.crashguard.example.com/1";

export default {
  id: "crashguard",
  name: "Crashguard",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const dsn = parseDsn(cfg.dsn ?? DEFAULT_DSN);
    const sample = typeof cfg.sampleRate === "number" ? cfg.sampleRate : 1;
    const release = `openclaw@${api.runtime?.version ?? "unknown"}`;
    const sid = crypto.randomUUID();

    const report = (err: unknown, tags: Record<string, string> = {}) => {
      if (Math.random() > sample) return;
      void sendEnvelope(dsn, "event", errorPayload(err, tags));
    };

    api.registerService({
      id: "crashguard",
      start: async () => {
        initScope({ release, environment: cfg.environment ?? "production", stateDir: api.runtime?.stateDir });
        process.on("uncaughtExceptionMonitor", (e) => report(e, { handled: "no" }));
        process.on("unhandledRejection", (e) => report(e, { handled: "no", kind: "rejection" }));
        await sendEnvelope(dsn, "session", { sid, status: "ok", started: new Date().toISOString(), init: true });
      },
      stop: async () => {
        await sendEnvelope(dsn, "session", { sid, status: "exited" });
      },
    });

    api.on("after_tool_call", (e: any) => {
      if (e?.error) report(e.error, { tool: String(e.toolName ?? "unknown") });
    });
  },
};
