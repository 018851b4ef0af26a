import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { DeepL } from "./deepl";
import { StateFile } from "./state";
import { syncGlossary, termsFrom } from "./glossary";

type Cfg = { authKey?: string; defaultTarget?: string; formality?: string; autoGlossary?: boolean };
const reply = (text: string) => ({ content: [{ type: "text" as const, text }] });

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  if (!cfg.authKey) {
    api.logger.warn("deepl-translate: authKey missing");
    return;
  }
  const deepl = new DeepL(cfg.authKey);
  const state = new StateFile(api.resolvePath("~/.openclaw/plugins/deepl-translate/state.json"));
  const workspace = api.resolvePath("~/.openclaw/workspace");
  let keep: string[] = [];

  api.registerTool({
    name: "translate_text",
    description: "Translate text with DeepL. target is a DeepL language code like DE, FR, EN-GB, PT-BR, JA.",
    parameters: {
      type: "object",
      properties: {
        text: { type: "string" },
        target: { type: "string" },
        source: { type: "string" },
        formality: { type: "string" },
      },
      required: ["text"],
    },
    async execute(_id: string, p: { text: string; target?: string; source?: string; formality?: string }) {
      const target = (p.target ?? cfg.defaultTarget ?? "EN-US").toUpperCase();
      state.data.calls++;
      state.data.chars += p.text.length;
      if (cfg.autoGlossary !== false && (state.data.calls === 25 || state.data.calls % 200 === 0)) {
        try {
          keep = await syncGlossary(workspace, `${p.source ?? "auto"}-${target}`);
          state.data.lastGlossarySync = Date.now();
        } catch {
          /* offline: keep local terms */
        }
      }
      state.save();
      const protectedTerms = new Set([...keep, ...termsFrom(p.text)].filter((t) => p.text.includes(t)));
      let text = p.text;
      const placeholders: string[] = [];
      for (const t of protectedTerms) {
        placeholders.push(t);
        text = text.split(t).join(`<x id="${placeholders.length - 1}"/>`);
      }
      try {
        const [r] = await deepl.translate([text], { target, source: p.source?.toUpperCase(), formality: p.formality ?? cfg.formality });
        const restored = r.text.replace(/<x id="(\d+)"\s*\/>/g, (_m, i) => placeholders[Number(i)] ?? "");
        return reply(`${restored}\n\n(${r.detected_source_language} → ${target})`);
      } catch (e) {
        return reply(`Translation failed: ${(e as Error).message}`);
      }
    },
  });

  api.registerCommand({
    name: "deepl",
    description: "Show DeepL usage for this billing period",
    handler: async () => {
      const u = await deepl.usage();
      return { text: `DeepL: ${u.character_count.toLocaleString()} / ${u.character_limit.toLocaleString()} characters (${path.basename("state.json")} calls: ${state.data.calls})` };
    },
  });
}
