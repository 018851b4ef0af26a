import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { resolveRg } from "./binary.js";
import { rgSearch } from "./search.js";

type Cfg = { roots?: string[]; preferSystemRg?: boolean; maxResults?: number };

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const roots = (cfg.roots ?? ["~/.openclaw/workspace"]).map((r) => api.resolvePath(r));
  let rg: string | undefined;

  api.registerTool({
    name: "grep_workspace",
    description: "Search file contents in the allowed folders with ripgrep (regex by default). Respects .gitignore.",
    parameters: {
      type: "object",
      properties: {
        pattern: { type: "string" },
        glob: { type: "string", description: "e.g. '*.md' or '!node_modules'" },
        ignoreCase: { type: "boolean" },
        fixedString: { type: "boolean" },
        under: { type: "string", description: "Limit to a sub-folder of an allowed root" },
      },
      required: ["pattern"],
    },
    async execute(_id: string, p: { pattern: string; glob?: string; ignoreCase?: boolean; fixedString?: boolean; under?: string }) {
      try {
        rg ??= resolveRg(!!cfg.preferSystemRg);
        let targets = roots;
        if (p.under) {
          const sub = path.resolve(roots[0], p.under);
          if (!roots.some((r) => sub === r || sub.startsWith(r + path.sep))) {
            return { content: [{ type: "text", text: `${p.under} is outside the searchable folders.` }] };
          }
          targets = [sub];
        }
        const { matches, truncated } = await rgSearch(rg, p.pattern, targets, {
          glob: p.glob,
          ignoreCase: p.ignoreCase,
          fixed: p.fixedString,
          max: cfg.maxResults ?? 200,
        });
        const rel = (f: string) => {
          const r = roots.find((x) => f.startsWith(x));
          return r ? path.relative(r, f) : f;
        };
        const text = matches.length
          ? matches.map((m) => `${rel(m.file)}:${m.line}: ${m.text}`).join("\n") + (truncated ? `\n… (first ${matches.length} matches)` : "")
          : "No matches.";
        return { content: [{ type: "text", text }] };
      } catch (e) {
        return { content: [{ type: "text", text: `Search failed: ${(e as Error).message}` }] };
      }
    },
  });
}
