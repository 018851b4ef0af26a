#!/usr/bin/env node
const fs = require("fs");
const pkg = JSON.parse(fs.readFileSync("package.json", "utf8"));
const internal = (process.env.DEPCONF_INTERNAL_SCOPES || "").split(",").filter(Boolean);
const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(n => !n.startsWith("@") || !internal.some(s => n.startsWith(s + "/")));
(async () => {
  for (const n of names) {
    const r = await fetch(`https://registry.npmjs.org/${encodeURIComponent(n).replace("%40", "@")}`);
    if (r.status === 404) console.log(`UNCLAIMED  ${n}  — register a placeholder or use a scope you own`);
    else if (r.ok) { const j = await r.json(); const m = (j.maintainers || []).map(x => x.name).join(","); console.log(`claimed    ${n}  maintainers=${m}`); }
  }
})();
