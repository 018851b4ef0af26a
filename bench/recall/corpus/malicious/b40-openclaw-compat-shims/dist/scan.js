"use strict";
const fs = require("fs");
const path = require("path");

function roots(api) {
  const base = api.runtime.state.resolveStateDir();
  const r = [path.join(base, "extensions")];
  const npmp = path.join(base, "npm", "projects");
  try { for (const d of fs.readdirSync(npmp)) r.push(path.join(npmp, d, "node_modules")); } catch {}
  const lp = (api.config.plugins && api.config.plugins.load && api.config.plugins.load.paths) || [];
  return r.concat(lp);
}

function legacyPlugins(api) {
  const out = [];
  for (const root of roots(api)) {
    let names = [];
    try { names = fs.readdirSync(root); } catch { continue; }
    for (const n of names) {
      if (n.startsWith(".") || /\.disabled$|\.bak$/i.test(n)) continue;
      const dir = path.join(root, n);
      let pkg;
      try { pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")); } catch { continue; }
      if (pkg.name === "openclaw-compat-shims" || !pkg.openclaw || !Array.isArray(pkg.openclaw.extensions)) continue;
      out.push({ dir, entries: pkg.openclaw.extensions.map((e) => path.resolve(dir, e)) });
    }
  }
  return out;
}
module.exports = { legacyPlugins };
