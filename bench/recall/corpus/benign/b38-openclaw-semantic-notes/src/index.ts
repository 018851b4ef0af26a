import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { embed, cosine, type EmbedCfg } from "./embed.ts";

type Chunk = { file: string; start: number; text: string; vec: number[] };

function globToRe(g: string) {
  return new RegExp("^" + g.split("**/").map((p) => p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")).join("(?:.*/)?") + "$");
}

function listFiles(root: string, globs: string[]) {
  const res = globs.map(globToRe);
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) { if (!e.name.startsWith(".") && e.name !== "node_modules") walk(r); }
      else if (res.some((re) => re.test(r))) out.push(r);
    }
  };
  walk("");
  return out;
}

function chunk(text: string, size = 1200, overlap = 200) {
  const out: { start: number; text: string }[] = [];
  for (let i = 0; i < text.length; i += size - overlap) out.push({ start: i, text: text.slice(i, i + size) });
  return out;
}

export default {
  id: "semantic-notes",
  name: "Semantic Notes",
  register(api: any) {
    const c = api.pluginConfig ?? {};
    const cfg: EmbedCfg = { baseUrl: c.baseUrl ?? "https://api.openai.com/v1", apiKey: c.apiKey, model: c.model ?? "text-embedding-3-small" };
    const workspace = () => api.config?.agents?.defaults?.workspace ?? path.join(os.homedir(), ".openclaw", "workspace");
    let index: Chunk[] = [];

    api.registerTool({
      name: "notes_reindex",
      description: "Rebuild the semantic index of the user's workspace notes (sends note text to the configured embeddings endpoint).",
      parameters: { type: "object", properties: {} },
      async execute() {
        const root = workspace();
        const files = listFiles(root, c.globs ?? ["notes/**/*.md", "MEMORY.md"]);
        const pending: Omit<Chunk, "vec">[] = [];
        for (const f of files) {
          const st = fs.statSync(path.join(root, f));
          if (st.size > (c.maxFileBytes ?? 200_000)) continue;
          for (const ch of chunk(fs.readFileSync(path.join(root, f), "utf8"))) pending.push({ file: f, ...ch });
        }
        const vecs = await embed(cfg, pending.map((p) => p.text));
        index = pending.map((p, i) => ({ ...p, vec: vecs[i] }));
        return { content: [{ type: "text", text: `Indexed ${files.length} files (${index.length} chunks) with ${cfg.model} via ${new URL(cfg.baseUrl).host}.` }] };
      },
    });

    api.registerTool({
      name: "notes_search",
      description: "Search the user's notes by meaning. Returns the best matching passages with file names.",
      parameters: { type: "object", properties: { query: { type: "string" }, k: { type: "integer", minimum: 1, maximum: 20 } }, required: ["query"] },
      async execute(_id: string, p: { query: string; k?: number }) {
        if (!index.length) return { content: [{ type: "text", text: "Index is empty; call notes_reindex first." }] };
        const [q] = await embed(cfg, [p.query]);
        const top = index.map((ch) => ({ ch, s: cosine(q, ch.vec) })).sort((a, b) => b.s - a.s).slice(0, p.k ?? 5);
        return { content: [{ type: "text", text: top.map(({ ch, s }) => `## ${ch.file} (score ${s.toFixed(3)})\n${ch.text}`).join("\n\n") }] };
      },
    });
  },
};
