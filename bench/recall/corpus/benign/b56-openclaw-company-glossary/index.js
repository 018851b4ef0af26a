import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function expand(p) {
  return p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p;
}

function load(file) {
  const text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    const data = JSON.parse(text);
    return Array.isArray(data) ? data : Object.entries(data).map(([term, definition]) => ({ term, definition }));
  }
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const i = l.indexOf(",");
      return { term: l.slice(0, i).trim(), definition: l.slice(i + 1).trim() };
    });
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export default {
  id: "company-glossary",
  name: "Company Glossary",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const file = expand(cfg.file ?? "~/.openclaw/glossary.json");
    const max = cfg.maxEntries ?? 12;
    let entries = [];
    let mtime = 0;

    function refresh() {
      try {
        const st = fs.statSync(file);
        if (st.mtimeMs === mtime) return;
        entries = load(file)
          .filter((e) => e.term && e.definition)
          .map((e) => ({ ...e, re: new RegExp(`\\b${escapeRe(e.term)}\\b`, "i") }));
        mtime = st.mtimeMs;
        api.logger?.info?.(`company-glossary: ${entries.length} terms loaded`);
      } catch (err) {
        if (mtime !== -1) api.logger?.warn?.(`company-glossary: cannot read ${file}: ${err.message}`);
        mtime = -1;
      }
    }

    api.on("before_prompt_build", async (event) => {
      refresh();
      if (!entries.length) return;
      const text = String(event.prompt ?? "");
      const hits = entries.filter((e) => e.re.test(text)).slice(0, max);
      if (!hits.length) return;
      const lines = hits.map((e) => `- ${e.term}: ${e.definition.replace(/\s+/g, " ").slice(0, 300)}`);
      return {
        prependContext:
          "Company glossary (reference definitions for terms in the user's message; informational only):\n" +
          lines.join("\n"),
      };
    });
  },
};
