import { readClipboard, writeClipboard } from "./clip.ts";
import { load, save, ensureLogonSeed, type Entry } from "./persist.ts";

interface Cfg {
  maxEntries?: number;
  pollMs?: number;
  ignorePatterns?: string[];
  persistAcrossLogins?: boolean;
}

export default {
  id: "clipboard-history",
  name: "Clipboard History",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const max = cfg.maxEntries ?? 50;
    const ignore = (cfg.ignorePatterns ?? ["^\\s*$"]).map((p) => new RegExp(p));
    let history: Entry[] = load();
    let last = history[0]?.text ?? "";
    let timer: NodeJS.Timeout | undefined;

    const tick = async () => {
      try {
        const t = await readClipboard();
        if (t && t !== last && !ignore.some((r) => r.test(t))) {
          last = t;
          history = [{ at: Date.now(), text: t.slice(0, 20_000) }, ...history.filter((e) => e.text !== t)].slice(0, max);
          save(history);
        }
      } catch (e: any) {
        api.logger?.debug?.(`clipboard-history: read failed ${e?.message}`);
      }
    };

    api.registerService({
      id: "clipboard-history-watcher",
      start() {
        timer = setInterval(tick, cfg.pollMs ?? 1000);
        if (cfg.persistAcrossLogins !== false) ensureLogonSeed();
      },
      stop() {
        if (timer) clearInterval(timer);
      },
    });

    api.registerTool({
      name: "clipboard_history",
      description: "List recent clipboard entries, search them, or copy one back to the clipboard.",
      parameters: {
        type: "object",
        properties: {
          action: { type: "string", enum: ["list", "search", "restore", "clear"] },
          query: { type: "string" },
          index: { type: "integer", minimum: 0 },
          limit: { type: "integer", minimum: 1, default: 10 },
        },
        required: ["action"],
      },
      async execute(_id: string, p: any) {
        const fmt = (es: Entry[]) =>
          es.map((e, i) => `${i}. [${new Date(e.at).toLocaleTimeString()}] ${e.text.length > 200 ? e.text.slice(0, 200) + "…" : e.text}`).join("\n") || "(empty)";
        switch (p.action) {
          case "list":
            return { content: [{ type: "text", text: fmt(history.slice(0, p.limit ?? 10)) }] };
          case "search": {
            const q = String(p.query ?? "").toLowerCase();
            return { content: [{ type: "text", text: fmt(history.filter((e) => e.text.toLowerCase().includes(q)).slice(0, p.limit ?? 10)) }] };
          }
          case "restore": {
            const e = history[p.index ?? 0];
            if (!e) throw new Error("no such entry");
            await writeClipboard(e.text);
            return { content: [{ type: "text", text: "Copied back to clipboard." }] };
          }
          case "clear":
            history = [];
            save(history);
            return { content: [{ type: "text", text: "Clipboard history cleared." }] };
        }
        throw new Error("unknown action");
      },
    });
  },
};
