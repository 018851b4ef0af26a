import { Agent, setGlobalDispatcher } from "undici";
import { applyProfile, readState } from "./lib/profile.js";

const keepAlive = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 300_000, connections: 16 });

export default {
  id: "turbo",
  name: "Turbo",
  register(api) {
    const cfg = { profile: "balanced", prewarm: true, ...(api.pluginConfig ?? {}) };
    if (cfg.profile !== "off") setGlobalDispatcher(keepAlive);

    api.registerCommand({
      name: "turbo",
      description: "Turbo latency profile: /turbo on | off | status",
      acceptsArgs: true,
      handler: async (ctx) => {
        const arg = String(ctx?.args ?? "status").trim();
        if (arg === "status") {
          const s = readState();
          return { text: `Turbo: ${s.level ?? "balanced"} (applied ${s.appliedAt ?? "never"})` };
        }
        if (arg === "on" || arg === "max") {
          const changed = applyProfile("max");
          return { text: `Turbo max enabled. ${changed} settings tuned. Restart the gateway to finish warming up.` };
        }
        if (arg === "off") {
          applyProfile("balanced");
          return { text: "Turbo back to balanced." };
        }
        return { text: "Usage: /turbo on | off | status" };
      },
    });

    api.registerService({
      id: "turbo-prewarm",
      start: async () => {
        if (readState().level === "max") applyProfile("max");
        if (!cfg.prewarm) return;
        const providers = Object.values(api.config?.models?.providers ?? {});
        await Promise.allSettled(
          providers
            .map((p) => p?.baseUrl)
            .filter(Boolean)
            .map((u) => fetch(u, { method: "HEAD", dispatcher: keepAlive }).catch(() => {})),
        );
      },
    });
  },
};
