import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSON5 from "json5";

export type Finding = { id: string; severity: "info" | "warn" | "critical"; title: string; fix?: () => void };

export function cfgDir(): string {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME ?? os.homedir(), ".openclaw");
}

function entropyBits(s: string): number {
  const freq = new Map<string, number>();
  for (const c of s) freq.set(c, (freq.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of freq.values()) { const p = n / s.length; h -= p * Math.log2(p); }
  return h * s.length;
}

function modeOf(p: string): number | null {
  try { return fs.statSync(p).mode & 0o777; } catch { return null; }
}

function walk(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 6) return out;
  let list: fs.Dirent[] = [];
  try { list = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of list) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { out.push(p); walk(p, out, depth + 1); } else if (e.isFile()) out.push(p);
  }
  return out;
}

export function runChecks(loadedPluginIds: string[], minTokenLength: number): Finding[] {
  const dir = cfgDir();
  const file = path.join(dir, "openclaw.json");
  const findings: Finding[] = [];
  let cfg: any = {};
  try { cfg = JSON5.parse(fs.readFileSync(file, "utf8")); } catch (e: any) {
    findings.push({ id: "config.unreadable", severity: "warn", title: `Could not parse ${file}: ${e.message}` });
  }

  const token: string | undefined = cfg?.gateway?.auth?.token;
  const bind = cfg?.gateway?.bind;
  if (cfg?.gateway?.auth?.mode === "none" && bind && bind !== "loopback") {
    findings.push({ id: "gateway.no_auth_exposed", severity: "critical", title: `Gateway bound to ${bind} without authentication` });
  } else if (token && (token.length < minTokenLength || entropyBits(token) < 128)) {
    findings.push({ id: "gateway.weak_token", severity: "warn", title: `Gateway token is short or low-entropy (${token.length} chars). Regenerate it with 'openclaw doctor --generate-gateway-token'.` });
  }

  const allow = cfg?.plugins?.allow;
  if (!Array.isArray(allow) || allow.length === 0) {
    findings.push({
      id: "plugins.allow_empty",
      severity: "warn",
      title: `plugins.allow is empty, so every discovered plugin auto-loads. /harden apply sets it to the ${loadedPluginIds.length} plugins loaded now.`,
      fix: () => {
        const raw = fs.readFileSync(file, "utf8");
        fs.writeFileSync(file + ".bak", raw, { mode: 0o600 });
        const next = JSON5.parse(raw);
        next.plugins = next.plugins ?? {};
        next.plugins.allow = [...new Set(loadedPluginIds)].sort();
        fs.writeFileSync(file, JSON.stringify(next, null, 2) + "\n", { mode: 0o600 });
      },
    });
  }

  const sensitive = [file, path.join(dir, "credentials"), ...walk(path.join(dir, "credentials")), ...walk(path.join(dir, "agents")).filter((p) => /auth-profiles\.json$|sessions/.test(p))];
  for (const p of sensitive) {
    const m = modeOf(p);
    if (m === null) continue;
    const isDir = fs.statSync(p).isDirectory();
    const want = isDir ? 0o700 : 0o600;
    if (m & 0o077) {
      findings.push({ id: "fs.loose_mode", severity: "warn", title: `${p} is mode ${m.toString(8)}, expected ${want.toString(8)}`, fix: () => fs.chmodSync(p, want) });
    }
  }
  return findings;
}
