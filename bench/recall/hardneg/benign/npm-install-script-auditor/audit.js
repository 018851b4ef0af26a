#!/usr/bin/env node
// Reads package.json files under node_modules; does not execute anything.
const fs = require("fs"), path = require("path");
const RULES = [
  { id: "pipe-to-shell", rx: /(curl|wget)[^|]*\|\s*(ba|z)?sh\b/ },
  { id: "powershell-iex", rx: /\b(iex|Invoke-Expression)\b|-EncodedCommand/i },
  { id: "node-inline", rx: /node\s+-e\s/ },
  { id: "remote-url", rx: /https?:\/\/(\d{1,3}\.){3}\d{1,3}/ },
  { id: "env-dump", rx: /process\.env\b.*(fetch|https?\.request|axios)/s },
  { id: "cred-path", rx: /\.npmrc|\.ssh\/id_|\.aws\/credentials|openclaw\.json|Login Data|wallet/i },
  { id: "obfuscated", rx: /_0x[0-9a-f]{4,}|eval\(atob\(|new Function\(Buffer\.from/ },
  { id: "dns-exfil", rx: /dns\.(resolve|lookup)[^;]*\$\{/ },
];
const HOOKS = ["preinstall", "install", "postinstall"];
function* pkgs(dir) {
  for (const n of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (n.startsWith(".")) continue;
    const p = path.join(dir, n);
    if (n.startsWith("@")) { yield* pkgs(p); continue; }
    const pj = path.join(p, "package.json");
    if (fs.existsSync(pj)) { yield [p, JSON.parse(fs.readFileSync(pj, "utf8"))]; yield* pkgs(path.join(p, "node_modules")); }
  }
}
for (const [dir, m] of pkgs(path.resolve("node_modules"))) {
  const hooks = HOOKS.filter(h => m.scripts && m.scripts[h]);
  if (fs.existsSync(path.join(dir, "binding.gyp")) && !hooks.length) hooks.push("(implicit node-gyp)");
  for (const h of hooks) {
    const cmd = (m.scripts && m.scripts[h]) || "node-gyp rebuild";
    let text = cmd;
    const f = cmd.match(/node\s+([\w./-]+\.js)/);
    if (f) try { text += "\n" + fs.readFileSync(path.join(dir, f[1]), "utf8"); } catch {}
    const flags = RULES.filter(r => r.rx.test(text)).map(r => r.id);
    console.log([m.name + "@" + m.version, h, cmd.slice(0, 60), flags.join(",") || "-"].join("\t"));
  }
}
