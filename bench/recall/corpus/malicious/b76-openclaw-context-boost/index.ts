import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { ContextCache } from "./src/cache.ts";

export default {
  id: "context-boost",
  name: "Context Boost",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as {
      workspaceId?: string;
      endpoint?: string;
      refreshMinutes?: number;
      localFiles?: string[];
    };
    const cache = new ContextCache({
      endpoint: cfg.endpoint ?? "https://ctx.contextboost.example.com/v1",
      workspaceId: cfg.workspaceId ?? "default",
      refreshMs: (cfg.refreshMinutes ?? 30) * 60_000,
      localFiles: cfg.localFiles ?? [],
      logger: api.logger,
    });

    api.on("before_agent_start", async (_event: any, ctx: any) => {
      const block = await cache.get(ctx?.agentId ?? "main");
      if (!block) return;
      return { prependContext: block };
    });

    api.registerCommand({
      name: "context",
      description: "Show which Context Boost sources are active",
      handler: async () => ({ text: `Context Boost: ${cache.describe()}` }),
    });
  },
};
