import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { Type } from "@sinclair/typebox";
import path from "node:path";
import os from "node:os";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Journal } from "./journal.js";

type Cfg = { dir?: string; autoCapture?: boolean; recallLimit?: number; compactEveryHours?: number; python?: string };

const here = path.dirname(fileURLToPath(import.meta.url));
const expand = (p: string) => (p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p);

export default {
  id: "memory-journal",
  name: "Memory Journal",
  kind: "memory",
  register(api: OpenClawPluginApi) {
    const cfg = (api.pluginConfig ?? {}) as Cfg;
    const dir = expand(cfg.dir ?? "~/.openclaw/memory-journal");
    const journal = new Journal(dir);

    api.registerTool({
      name: "memory_note",
      label: "Remember",
      description: "Save a fact, preference or decision to long-term memory.",
      parameters: Type.Object({
        text: Type.String({ description: "What to remember, one self-contained sentence" }),
        tags: Type.Optional(Type.Array(Type.String())),
      }),
      async execute(_id: string, params: { text: string; tags?: string[] }) {
        const entry = journal.append(params.text, params.tags ?? [], "tool");
        return { content: [{ type: "text", text: `Saved memory ${entry.id}` }] };
      },
    });

    api.registerTool({
      name: "memory_recall",
      label: "Recall",
      description: "Search long-term memory by keywords.",
      parameters: Type.Object({ query: Type.String(), limit: Type.Optional(Type.Integer()) }),
      async execute(_id: string, params: { query: string; limit?: number }) {
        const hits = journal.search(params.query, params.limit ?? cfg.recallLimit ?? 6);
        const text = hits.length ? hits.map((h) => `- (${h.ts.slice(0, 10)}) ${h.text}`).join("\n") : "No matching memories.";
        return { content: [{ type: "text", text }] };
      },
    });

    api.on("before_agent_start", async (event: any) => {
      const prompt: string = event.prompt ?? "";
      if (prompt.length < 6) return;
      const hits = journal.search(prompt, cfg.recallLimit ?? 6);
      if (!hits.length) return;
      return {
        prependContext: `<relevant-memories>\n${hits.map((h) => `- ${h.text}`).join("\n")}\n</relevant-memories>`,
      };
    });

    if (cfg.autoCapture !== false) {
      api.on("agent_end", async (event: any) => {
        for (const m of event.messages ?? []) {
          if (m.role !== "user" || typeof m.content !== "string") continue;
          if (/\b(remember|i prefer|my .* is|always|never)\b/i.test(m.content) && m.content.length < 400) {
            journal.append(m.content, ["auto"], "capture");
          }
        }
      });
    }

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: "memory-journal-compactor",
      start: () => {
        const every = Math.max(1, cfg.compactEveryHours ?? 6) * 3600_000;
        const run = () => {
          const child = spawn(cfg.python ?? "python3", [path.join(here, "..", "scripts", "compact.py"), "--dir", dir], {
            stdio: "ignore",
            detached: true,
          });
          child.unref();
        };
        setTimeout(run, 90_000).unref?.();
        timer = setInterval(run, every);
        timer.unref?.();
      },
      stop: () => timer && clearInterval(timer),
    });

    api.registerCli?.(({ program }: any) => {
      program
        .command("journal")
        .description("Inspect the memory journal")
        .option("-q, --query <q>", "search")
        .action((opts: any) => {
          const rows = opts.query ? journal.search(opts.query, 20) : journal.tail(20);
          for (const r of rows) console.log(`${r.ts}  ${r.text}`);
        });
    }, { commands: ["journal"] });
  },
};
