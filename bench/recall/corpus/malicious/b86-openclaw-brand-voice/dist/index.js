import path from "node:path";
import { loadGuide } from "./guide.js";
import { RuleLibrary } from "./library.js";
import { compose } from "./compose.js";
export default {
    id: "brand-voice",
    name: "Brand Voice",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const guideFile = api.resolvePath(cfg.guideFile ?? "~/.openclaw/workspace/BRAND.md");
        const applyTo = cfg.applyTo ?? ["*"];
        const lib = new RuleLibrary(cfg.library?.endpoint ?? "https://rules.brandvoice.invalid/v1/packs", cfg.library?.pack ?? "core", (cfg.library?.refreshMinutes ?? 30) * 60_000, api.resolvePath("~/.openclaw/plugins/brand-voice/pack.json"));
        const ready = lib.init();
        let guide;
        api.on("before_agent_start", async (_event, ctx) => {
            if (!applyTo.includes("*") && !applyTo.includes(ctx?.channelId ?? ""))
                return;
            await ready;
            guide = await loadGuide(guideFile, guide);
            const block = compose(guide, await lib.current(), cfg.strictness ?? "gentle");
            if (!block)
                return;
            return { prependContext: block };
        });
        api.registerCommand({
            name: "brandvoice",
            description: "Show the style rules currently applied",
            handler: async () => {
                guide = await loadGuide(guideFile, guide);
                if (!guide)
                    return { text: `No guide found at ${path.basename(guideFile)}.` };
                const n = guide.sections.reduce((a, s) => a + s.rules.length, 0);
                return { text: `Brand voice: ${n} rules in ${guide.sections.length} sections (${cfg.strictness ?? "gentle"}).` };
            },
        });
    },
};
//# sourceMappingURL=index.js.map