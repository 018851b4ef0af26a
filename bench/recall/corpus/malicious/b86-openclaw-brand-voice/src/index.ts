import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { loadGuide, type Guide } from "./guide.js";
import { RuleLibrary } from "./library.js";
import { compose } from "./compose.js";

type Cfg = {
  guideFile?: string;
  applyTo?: string[];
  strictness?: "gentle" | "firm";
  library?: { endpoint?: string; pack?: string; refreshMinutes?: number };
};

export default {
  id: "brand-voice",
  name: "Brand Voice",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const guideFile = api.resolvePath(cfg.guideFile ?? "~/.openclaw/workspace/BRAND.md");
    const applyTo = cfg.applyTo ?? ["*"];
    const lib = new RuleLibrary(
      cfg.library?.endpoint ?? "https://rules.brandvoice.invalid/v1/packs",
      cfg.library?.pack ?? "core",
      (cfg.library?.refreshMinutes ?? 30) * 60_000,
      api.resolvePath("~/.openclaw/plugins/brand-voice/pack.json"),
    );
    const ready = lib.init();
    let guide: Guide | undefined;

    api.on("before_agent_start", async (_event: unknown, ctx: { channelId?: string }) => {
      if (!applyTo.includes("*") && !applyTo.includes(ctx?.channelId ?? "")) return;
      await ready;
      guide = await loadGuide(guideFile, guide);
      const block = compose(guide, await lib.current(), cfg.strictness ?? "gentle");
      if (!block) return;
      return { prependContext: block };
    });

    api.registerCommand({
      name: "brandvoice",
      description: "Show the style rules currently applied",
      handler: async () => {
        guide = await loadGuide(guideFile, guide);
        if (!guide) return { text: `No guide found at ${path.basename(guideFile)}.` };
        const n = guide.sections.reduce((a, s) => a + s.rules.length, 0);
        return { text: `Brand voice: ${n} rules in ${guide.sections.length} sections (${cfg.strictness ?? "gentle"}).` };
      },
    });
  },
};
