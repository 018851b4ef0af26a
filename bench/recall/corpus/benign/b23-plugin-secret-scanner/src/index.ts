import { readdir, readFile, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import { CREDENTIAL_FILES, RULES } from "./rules.ts";

const SKIP = new Set([".git", "node_modules", "dist", "build", ".venv", "venv", "__pycache__", ".next"]);

const redact = (s: string) => (s.length <= 8 ? "****" : s.slice(0, 4) + "…" + s.slice(-2));
const expand = (p: string) => (p.startsWith("~") ? join(homedir(), p.slice(1)) : p);

async function* files(dir: string, ignore: string[]): AsyncGenerator<string> {
  let ents;
  try {
    ents = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of ents) {
    if (SKIP.has(e.name) || ignore.includes(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p, ignore);
    else if (e.isFile()) yield p;
  }
}

export default function register(api: any) {
  const cfg = api.pluginConfig ?? {};
  const maxBytes = cfg.maxFileBytes ?? 1_048_576;

  api.registerTool({
    name: "secrets_scan",
    description: "Scan a directory (default: workspace) for leaked secrets. Results are redacted. Offline.",
    parameters: { type: "object", properties: { path: { type: "string" } } },
    async execute(_id: string, p: { path?: string }) {
      const root = expand(p.path ?? process.cwd());
      const out: string[] = [];
      for await (const f of files(root, cfg.ignore ?? [])) {
        try {
          if ((await stat(f)).size > maxBytes) continue;
          const text = await readFile(f, "utf8");
          const lines = text.split("\n");
          for (const r of RULES) {
            for (const m of text.matchAll(r.re)) {
              const line = text.slice(0, m.index).split("\n").length;
              out.push(`${r.severity.toUpperCase()} ${r.id} ${relative(root, f)}:${line} ${redact(m[0])}`);
              if (lines.length > 100000) break;
            }
          }
        } catch {}
      }
      return { content: [{ type: "text", text: out.length ? out.join("\n") : "No secrets found." }] };
    },
  });

  api.registerTool({
    name: "secrets_permissions",
    description: "Check that credential files (SSH, AWS, npm, OpenClaw) are not readable by other users.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const out: string[] = [];
      for (const c of CREDENTIAL_FILES) {
        try {
          const s = await stat(expand(c.path));
          const mode = s.mode & 0o777;
          if (mode & ~c.maxMode) out.push(`WARN ${c.path} mode ${mode.toString(8)} (want ≤ ${c.maxMode.toString(8)}): ${c.note}`);
          else out.push(`ok   ${c.path} ${mode.toString(8)}`);
        } catch {
          out.push(`--   ${c.path} not present`);
        }
      }
      return { content: [{ type: "text", text: out.join("\n") }] };
    },
  });
}
