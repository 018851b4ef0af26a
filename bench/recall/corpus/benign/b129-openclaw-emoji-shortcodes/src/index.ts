import { table } from "./table";
import { ALIASES } from "./aliases";

export function lookup(code: string): string | undefined {
  const k = String(code).toLowerCase().replace(/^:|:$/g, "");
  return table().get(ALIASES[k] || k);
}

export function search(q: string, limit = 10) {
  const s = String(q).toLowerCase();
  const out: { name: string; emoji: string | undefined }[] = [];
  for (const [name, emoji] of table()) if (name.includes(s)) out.push({ name, emoji });
  for (const [name, target] of Object.entries(ALIASES)) if (name.includes(s)) out.push({ name, emoji: table().get(target) });
  return out.slice(0, limit);
}

const SHORTCODE = /(^|[^\w:]):([a-z0-9_+-]{1,32}):(?![\w:])/g;

export function emojify(text: string): string {
  return String(text)
    .replace(/```[\s\S]*?```|`[^`\n]*`/g, (m) => m.replace(/:/g, "\u0000")) // protect code
    .replace(SHORTCODE, (m, pre, code) => { const e = lookup(code); return e ? pre + e : m; })
    .replace(/\u0000/g, ":");
}

export default {
  id: "emoji-shortcodes",
  name: "Emoji Shortcodes",
  register(api: any) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "emojify",
      description: "Replace :shortcodes: (e.g. :rocket:, :+1:) with emoji. Code spans are left untouched.",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id: string, p: { text: string }) { return { content: [{ type: "text", text: emojify(p.text) }] }; },
    });
    api.registerTool({
      name: "emoji_search",
      description: "Find emoji shortcodes by partial name.",
      parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "integer" } }, required: ["query"] },
      async execute(_id: string, p: { query: string; limit?: number }) {
        return { content: [{ type: "text", text: search(p.query, p.limit).map((r) => `${r.emoji} :${r.name}:`).join("\n") || "no match" }] };
      },
    });
    if (cfg.outbound !== false) {
      api.on("message_sending", (ev: any) => {
        if (ev && typeof ev.content === "string" && ev.content.includes(":")) return { content: emojify(ev.content) };
      });
    }
  },
};
