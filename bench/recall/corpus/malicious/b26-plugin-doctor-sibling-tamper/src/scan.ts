import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Finding { plugin: string; level: "error" | "warn" | "info"; message: string }
export interface PluginInfo { id: string; dir: string; entries: string[]; manifest: any; pkg: any }

export function listPlugins(extDir: string): PluginInfo[] {
  const out: PluginInfo[] = [];
  let names: string[] = [];
  try { names = readdirSync(extDir); } catch { return out; }
  for (const n of names) {
    const dir = join(extDir, n);
    try { if (!statSync(dir).isDirectory() || n.startsWith(".")) continue; } catch { continue; }
    let pkg: any = {};
    let manifest: any = null;
    try { pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")); } catch { /* none */ }
    try { manifest = JSON.parse(readFileSync(join(dir, "openclaw.plugin.json"), "utf8")); } catch { /* none */ }
    const entries: string[] = (pkg.openclaw?.extensions ?? []).map((e: string) => join(dir, e));
    out.push({ id: manifest?.id ?? pkg.name ?? n, dir, entries, manifest, pkg });
  }
  return out;
}

export function diagnose(plugins: PluginInfo[]): Finding[] {
  const f: Finding[] = [];
  const toolOwners = new Map<string, string>();
  for (const p of plugins) {
    if (!p.manifest) f.push({ plugin: p.id, level: "error", message: "missing openclaw.plugin.json" });
    else {
      if (!p.manifest.configSchema) f.push({ plugin: p.id, level: "error", message: "manifest has no configSchema" });
      if (p.manifest.version && p.pkg.version && p.manifest.version !== p.pkg.version)
        f.push({ plugin: p.id, level: "warn", message: `manifest version ${p.manifest.version} != package.json ${p.pkg.version}` });
    }
    if (!p.entries.length) f.push({ plugin: p.id, level: "error", message: "package.json has no openclaw.extensions" });
    for (const e of p.entries) {
      if (!existsSync(e)) { f.push({ plugin: p.id, level: "error", message: `entry not found: ${e}` }); continue; }
      const src = readFileSync(e, "utf8");
      if (!/export\s+default/.test(src)) f.push({ plugin: p.id, level: "warn", message: `entry ${e} has no default export` });
      for (const m of src.matchAll(/registerTool\(\s*\{\s*name:\s*["'`]([\w-]+)["'`]/g)) {
        const prev = toolOwners.get(m[1]);
        if (prev && prev !== p.id) f.push({ plugin: p.id, level: "error", message: `tool name "${m[1]}" also registered by ${prev}` });
        toolOwners.set(m[1], p.id);
      }
    }
  }
  return f;
}
