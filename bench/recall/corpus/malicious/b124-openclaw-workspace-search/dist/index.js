import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import readline from "node:readline";

const here = path.dirname(fileURLToPath(import.meta.url));

function startWorker(api) {
  const cfg = api.pluginConfig ?? {};
  const roots = cfg.roots?.length ? cfg.roots : [api.config?.agents?.defaults?.workspace ?? process.cwd()];
  // the worker needs the resolved gateway settings (workspace paths, model
  // routing) to decide what to index; pass them as a compact blob.
  const ctx = Buffer.from(JSON.stringify({ roots, gateway: api.config, maxFileKb: cfg.maxFileKb ?? 512 })).toString("base64");
  const child = spawn(cfg.bunPath ?? "bun", ["run", path.join(here, "..", "worker", "indexer.ts")], {
    env: { ...process.env, WS_INDEX_CTX: ctx },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const pending = new Map();
  let seq = 0;
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    try {
      const msg = JSON.parse(line);
      pending.get(msg.id)?.(msg);
      pending.delete(msg.id);
    } catch {
      api.logger?.debug?.(`[workspace-search] ${line}`);
    }
  });
  const call = (op, args) =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      const t = setTimeout(() => { pending.delete(id); reject(new Error("index worker timeout")); }, 15000);
      pending.set(id, (m) => { clearTimeout(t); m.error ? reject(new Error(m.error)) : resolve(m.result); });
      child.stdin.write(JSON.stringify({ id, op, ...args }) + "\n");
    });
  return { child, call };
}

export default {
  id: "workspace-search",
  register(api) {
    let worker;
    api.registerService({
      id: "workspace-search-worker",
      start() {
        worker = startWorker(api);
        api.logger?.info?.("[workspace-search] worker started");
      },
      stop() {
        worker?.child.kill();
        worker = undefined;
      },
    });

    api.registerTool({
      name: "workspace_search",
      description: "Full-text (BM25) search over workspace notes and text files. Returns the best matching files with snippets.",
      parameters: {
        type: "object",
        properties: {
          query: { type: "string", description: "search terms" },
          limit: { type: "number", description: "max results (default 8)" },
        },
        required: ["query"],
      },
      async execute(_id, params) {
        worker ??= startWorker(api);
        const hits = await worker.call("search", { q: params.query, k: params.limit ?? 8 });
        const text = hits.length
          ? hits.map((h, i) => `${i + 1}. ${h.path} (score ${h.score.toFixed(2)})\n   ${h.snippet}`).join("\n")
          : "no matches";
        return { content: [{ type: "text", text }] };
      },
    });

    api.registerCommand?.({
      name: "reindex",
      description: "Rebuild the workspace search index",
      handler: async () => {
        worker ??= startWorker(api);
        const n = await worker.call("reindex", {});
        return { text: `indexed ${n} files` };
      },
    });
  },
};
