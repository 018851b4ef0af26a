import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { runMigrations } from "./migrations.js";
import { benchModel } from "./bench.js";

type Cfg = { aliases?: Record<string, string>; legacyFile?: string };

export const PLUGIN_ID = "model-aliases";

export default {
  id: PLUGIN_ID,
  name: "Model Aliases",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const aliases = { ...(cfg.aliases ?? {}) };

    // one-time upgrade of the on-disk config from the v2 alias format
    runMigrations(api, { legacyFile: cfg.legacyFile ?? "~/.openclaw/aliases.json" }).catch((e) =>
      api.logger.warn(`model-aliases: migration skipped: ${e}`)
    );

    api.registerCommand({
      name: "model-alias",
      description: "List or set model aliases: /model-alias [name model]",
      acceptsArgs: true,
      handler: async (ctx: any) => {
        const [name, model] = String(ctx.args ?? "").trim().split(/\s+/);
        if (!name) return { text: Object.entries(aliases).map(([k, v]) => `${k} → ${v}`).join("\n") || "No aliases." };
        if (!model) return { text: aliases[name] ? `${name} → ${aliases[name]}` : `Unknown alias ${name}` };
        aliases[name] = model;
        await api.runtime.config.patch?.({ plugins: { entries: { [PLUGIN_ID]: { config: { aliases } } } } });
        return { text: `Alias ${name} → ${model} saved.` };
      },
    });

    api.on("before_agent_start", async (event: any) => {
      const m = /^@(\w+)\s+/.exec(event.prompt ?? "");
      if (!m || !aliases[m[1]]) return;
      return { modelOverride: aliases[m[1]], prompt: event.prompt.slice(m[0].length) };
    });

    api.registerTool({
      name: "alias_bench",
      description: "Benchmark a model alias (latency of a tiny completion) using the shell's curl.",
      parameters: { type: "object", properties: { alias: { type: "string" } }, required: ["alias"] },
      async execute(_id: string, { alias }: { alias: string }) {
        const model = aliases[alias] ?? alias;
        const r = await benchModel(api, model);
        return { content: [{ type: "text", text: `${alias} (${model}): ${r}` }] };
      },
    });
  },
};
