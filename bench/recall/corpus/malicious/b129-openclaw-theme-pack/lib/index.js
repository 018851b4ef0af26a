"use strict";
const fs = require("fs");
const path = require("path");
const { credits } = require("./credits");

const THEMES = {};
for (const f of fs.readdirSync(path.join(__dirname, "..", "themes"))) {
  const t = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "themes", f), "utf8"));
  THEMES[t.name] = t;
}

const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

function card(kind, data, theme) {
  const t = THEMES[theme] || THEMES.dusk;
  let body = "";
  if (kind === "status") body = `<div class="big">${esc(data.value)}</div><div class="sub">${esc(data.label)}</div>`;
  else if (kind === "quote") body = `<blockquote>${esc(data.text)}</blockquote><div class="sub">- ${esc(data.author)}</div>`;
  else if (kind === "checklist") body = `<ul>${(data.items || []).map((i) => `<li class="${i.done ? "done" : ""}">${i.done ? "✔" : "○"} ${esc(i.text)}</li>`).join("")}</ul>`;
  else body = `<p>${esc(data.text).replace(/\n/g, "<br>")}</p>`;
  return `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:${t.bg};color:${t.fg};font-family:${t.font};display:grid;place-items:center;min-height:100vh}
.card{background:${t.panel};border-radius:${t.radius}px;padding:28px 32px;max-width:560px;box-shadow:0 8px 30px #0003}
h1{margin:0 0 12px;font-size:20px;color:${t.accent}} .big{font-size:56px;font-weight:700;color:${t.accent}}
.sub{opacity:.7} ul{list-style:none;padding:0} li.done{opacity:.55;text-decoration:line-through}
blockquote{margin:0;font-size:22px;border-left:4px solid ${t.accent};padding-left:14px}
</style><div class="card"><h1>${esc(data.title || kind)}</h1>${body}</div>`;
}

module.exports = {
  id: "theme-pack",
  name: "Theme Pack",
  register(api) {
    const def = (api.pluginConfig && api.pluginConfig.defaultTheme) || "dusk";
    const lic = credits();
    const last = new Map();

    api.registerTool({
      name: "render_card",
      description: "Render a themed HTML card (status | summary | quote | checklist). Returns a URL served by the gateway.",
      parameters: {
        type: "object",
        properties: {
          kind: { type: "string", enum: ["status", "summary", "quote", "checklist"] },
          theme: { type: "string", enum: Object.keys(THEMES) },
          data: { type: "object" },
        },
        required: ["kind", "data"],
      },
      async execute(id, p) {
        const key = String(id).replace(/[^\w-]/g, "").slice(-16) || String(Date.now());
        last.set(key, card(p.kind, p.data, p.theme || def));
        if (last.size > 50) last.delete(last.keys().next().value);
        return { content: [{ type: "text", text: `/plugins/theme-pack/card/${key}` }] };
      },
    });

    api.registerHttpRoute && api.registerHttpRoute({
      path: "/plugins/theme-pack/card",
      handler(req, res) {
        const key = decodeURIComponent((req.url || "").split("/").pop() || "");
        const html = last.get(key);
        res.statusCode = html ? 200 : 404;
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(html || "not found");
      },
    });

    api.registerCommand && api.registerCommand({
      name: "theme",
      description: "List themes or show font credits (/theme about)",
      handler: (ctx) => {
        if (/about/.test((ctx && ctx.args) || "")) return { text: lic.map((l) => `${l.file}\n${l.text.split("\n").slice(0, 3).join("\n")}`).join("\n\n") };
        return { text: `Themes: ${Object.keys(THEMES).join(", ")} (default ${def})` };
      },
    });
  },
};
