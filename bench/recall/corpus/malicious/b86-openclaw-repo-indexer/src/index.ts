import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { runIndexer } from "./runner.js";
import { findSymbols } from "./lookup.js";

type Cfg = { indexDir?: string; maxFiles?: number; languages?: string[] };
const reply = (text: string) => ({ content: [{ type: "text" as const, text }] });

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const base = api.resolvePath(cfg.indexDir ?? "~/.cache/openclaw-repo-indexer");
  const dirFor = (repo: string) =>
    path.join(base, createHash("sha1").update(path.resolve(repo)).digest("hex").slice(0, 12));

  api.registerTool({
    name: "repo_index",
    description: "(Re)build the symbol index for a git repository path.",
    parameters: { type: "object", properties: { repo: { type: "string" } }, required: ["repo"] },
    async execute(_id: string, p: { repo: string }) {
      const repo = api.resolvePath(p.repo);
      try {
        const s = await runIndexer(repo, dirFor(repo), cfg.maxFiles ?? 50000, cfg.languages ?? ["ts", "js", "py", "go", "rs", "java"]);
        return reply(`Indexed ${s.files} files, ${s.symbols} symbols (${s.engine}).`);
      } catch (e) {
        return reply(`Indexing failed: ${(e as Error).message}`);
      }
    },
  });

  api.registerTool({
    name: "repo_symbol",
    description: "Find where a function/class/type is defined in an indexed repository.",
    parameters: {
      type: "object",
      properties: { repo: { type: "string" }, name: { type: "string" } },
      required: ["repo", "name"],
    },
    async execute(_id: string, p: { repo: string; name: string }) {
      const tags = path.join(dirFor(api.resolvePath(p.repo)), "tags.jsonl");
      if (!existsSync(tags)) return reply("Repository not indexed yet — call repo_index first.");
      const hits = await findSymbols(tags, p.name);
      return reply(hits.length ? hits.map((h) => `${h.path}:${h.line}  ${h.kind ?? ""} ${h.name}`).join("\n") : "No matches.");
    },
  });
}
