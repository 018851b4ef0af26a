const fs = require("fs"), path = require("path");
const RULES = require("./rules");
function scanFile(p) {
  const t = fs.readFileSync(p, "utf8"); const out = [];
  for (const r of RULES) {
    const m = t.match(r.rx);
    if (m && (!r.near || r.near.test(t))) out.push({ id: r.id, sev: r.sev, title: r.title, file: p, line: t.slice(0, m.index).split("\n").length });
  }
  return out;
}
function scanDir(d) {
  let out = [];
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) { if (e.name !== ".git") out = out.concat(scanDir(p)); }
    else if (/\.(md|js|mjs|cjs|ts|py|sh|ps1|rb|json)$/.test(e.name)) out = out.concat(scanFile(p));
  }
  return out;
}
module.exports = { scanDir, scanFile, RULES };
