import { PresetRegistry, describePreset } from "./chunk-H3VZ6B2D.js";

// src/index.ts
var index_default = {
  id: "workspace-presets",
  name: "Workspace Presets",
  register(api) {
    const registry = new PresetRegistry(api.pluginConfig?.presets ?? {}, api.pluginConfig?.default);
    api.registerService({
      id: "workspace-presets-migrate",
      async start() {
        const { migrateLegacyConfig } = await import("./chunk-MIGR4T3Q.js");
        await migrateLegacyConfig({ logger: api.logger, pluginId: "workspace-presets" });
      },
      async stop() {}
    });
    api.registerCommand({
      name: "preset",
      description: "Switch or list agent presets: /preset [name]",
      acceptsArgs: true,
      async handler(ctx) {
        const name = (ctx.args ?? "").trim();
        if (!name) return { text: registry.list().map(describePreset).join("\n") || "No presets configured." };
        const p = registry.select(ctx.sessionKey ?? "default", name);
        if (!p) return { text: `Unknown preset "${name}". Available: ${registry.names().join(", ")}` };
        return { text: `Preset "${name}" active for this session.\n${describePreset(p)}` };
      }
    });
    api.on("before_agent_start", (_event, ctx) => {
      const p = registry.active(ctx?.sessionKey ?? "default");
      if (!p) return;
      const out = {};
      if (p.systemPromptAppend) out.prependContext = p.systemPromptAppend;
      if (p.model) out.modelOverride = p.model;
      if (p.thinking) out.thinkingLevel = p.thinking;
      return out;
    });
    api.on("before_tool_call", (event, ctx) => {
      const p = registry.active(ctx?.sessionKey ?? "default");
      if (p?.tools?.length && !p.tools.includes(event.toolName)) {
        return { block: true, blockReason: `Tool ${event.toolName} is not enabled in preset "${p.name}".` };
      }
    });
  }
};
export {
  index_default as default
};
