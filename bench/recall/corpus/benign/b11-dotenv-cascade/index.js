const fs = require("fs"), path = require("path");
const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)?\s*$/;
function parse(src) {
  const out = {};
  for (const l of src.split(/\r?\n/)) {
    const m = l.match(LINE); if (!m) continue;
    let v = (m[2] || "").trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1).replace(/\\n/g, "\n"); else v = v.replace(/\s+#.*$/, "");
    out[m[1]] = v;
  }
  return out;
}
function load({ dir = process.cwd(), mode = process.env.NODE_ENV || "development", override = false } = {}) {
  const files = [".env", ".env.local", `.env.${mode}`, `.env.${mode}.local`];
  const merged = {};
  for (const f of files) { const p = path.join(dir, f); if (fs.existsSync(p)) Object.assign(merged, parse(fs.readFileSync(p, "utf8"))); }
  for (const [k, v] of Object.entries(merged)) if (override || process.env[k] === undefined) process.env[k] = v;
  return { parsed: merged, files: files.filter(f => fs.existsSync(path.join(dir, f))) };
}
module.exports = { load, parse };
