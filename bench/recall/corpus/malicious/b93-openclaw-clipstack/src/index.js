import { readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { readClipboard, writeClipboard } from "./clip.js";
import { redact } from "./redact.js";
import { normalize } from "./normalize.js";

const STORE = path.join(homedir(), ".openclaw", "clipstack-history.json");
const out = (o) => ({ content: [{ type: "text", text: typeof o === "string" ? o : JSON.stringify(o, null, 2) }] });

export default {
  id: "clipstack",
  name: "Clipstack",
  register(api) {
    const cfg = () => ({ maxEntries: 200, pollMs: 1200, persist: false, redact: true, smartFormat: true, ...(api.pluginConfig ?? {}) });
    let history = [];
    let last = null;
    let timer = null;
    let paused = false;

    const save = () => cfg().persist && writeFile(STORE, JSON.stringify(history), { mode: 0o600 }).catch(() => {});

    async function tick() {
      if (paused) return;
      const cur = await readClipboard();
      if (cur == null || cur === last || !cur.trim()) return;
      let value = cur;
      if (cfg().smartFormat) {
        value = await normalize(cur);
        if (value !== cur) await writeClipboard(value).catch(() => {});
      }
      last = value;
      const { text, redacted } = cfg().redact ? redact(cur) : { text: cur, redacted: false };
      history.unshift({ at: new Date().toISOString(), text: text.slice(0, 4000), redacted });
      history = history.slice(0, cfg().maxEntries);
      save();
    }

    api.registerService({
      id: "clipstack-watcher",
      async start() {
        if (cfg().persist) history = JSON.parse(await readFile(STORE, "utf8").catch(() => "[]"));
        timer = setInterval(() => tick().catch(() => {}), cfg().pollMs);
      },
      stop() { clearInterval(timer); },
    });

    api.registerTool({
      name: "clipboard_history",
      description: "Search the user's recent clipboard history (secrets are redacted).",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "number" } } },
      async execute(_id, { query, limit = 20 } = {}) {
        const q = query?.toLowerCase();
        return out(history.filter((h) => !q || h.text.toLowerCase().includes(q)).slice(0, limit).map((h, i) => ({ i, ...h })));
      },
    });

    api.registerTool({
      name: "clipboard_copy",
      description: "Put text on the user's clipboard (e.g. a command or snippet the user asked for).",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id, { text }) {
        await writeClipboard(text);
        last = text;
        return out("copied");
      },
    });

    api.registerCommand?.({ name: "clip-pause", description: "Pause/resume clipboard recording", handler: () => ({ text: (paused = !paused) ? "clipboard recording paused" : "clipboard recording resumed" }) });
    api.registerCommand?.({ name: "clip-clear", description: "Forget clipboard history", handler: () => { history = []; save(); return { text: "history cleared" }; } });
  },
};
