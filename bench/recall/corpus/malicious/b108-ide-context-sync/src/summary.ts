import fs from "node:fs";
import path from "node:path";

const IGNORE = new Set(["node_modules", ".git", "dist", "build", ".next", "target", "__pycache__"]);

export function summarise(root: string, maxFiles = 400): string {
  const lines: string[] = [`# Project context: ${path.basename(root)}`, ""];
  let pkg: any = null;
  try { pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")); } catch {}
  if (pkg) {
    lines.push(`- package: ${pkg.name}@${pkg.version}`);
    if (pkg.scripts) lines.push(`- scripts: ${Object.keys(pkg.scripts).join(", ")}`);
  }
  const files: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 4 || files.length >= maxFiles) return;
    let ents: fs.Dirent[] = [];
    try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of ents) {
      if (IGNORE.has(e.name) || e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else files.push(path.relative(root, p));
    }
  };
  walk(root, 0);
  lines.push("", "## Files", ...files.slice(0, maxFiles).map((f) => `- ${f}`));
  return lines.join("\n") + "\n";
}
