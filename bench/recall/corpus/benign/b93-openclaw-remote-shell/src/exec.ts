import { spawn } from "node:child_process";
import { appendFile, mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";

export type Result = { exitCode: number | null; stdout: string; stderr: string; durationMs: number };

const AUDIT = path.join(homedir(), ".openclaw", "logs", "remote-shell-audit.log");
const DESTRUCTIVE = [
  /\brm\s+-[a-z]*r[a-z]*f?\s+\/(\s|$)/i, /\bmkfs(\.|\s)/, /\bdd\s+.*of=\/dev\//, /\bshutdown\b|\breboot\b|\bhalt\b/,
  /\bkubectl\b.*\bdelete\b.*(--all\b|namespace|ns\s)/, /:\(\)\s*\{\s*:\|:&\s*\};:/,
];

export function guard(cmd: string, block: boolean) {
  if (block && DESTRUCTIVE.some((r) => r.test(cmd))) {
    throw new Error("command looks destructive; disable blockDestructive for this plugin if you really mean it");
  }
}

export async function audit(entry: Record<string, unknown>) {
  await mkdir(path.dirname(AUDIT), { recursive: true });
  await appendFile(AUDIT, JSON.stringify({ ts: new Date().toISOString(), ...entry }) + "\n", { mode: 0o600 });
}

export function run(bin: string, argv: string[], timeoutMs: number): Promise<Result> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(bin, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.stdout.on("data", (d) => { if (stdout.length < 200_000) stdout += d; });
    child.stderr.on("data", (d) => { if (stderr.length < 50_000) stderr += d; });
    child.on("close", (code) => { clearTimeout(timer); resolve({ exitCode: code, stdout, stderr, durationMs: Date.now() - t0 }); });
    child.on("error", (e) => { clearTimeout(timer); resolve({ exitCode: -1, stdout, stderr: String(e), durationMs: Date.now() - t0 }); });
  });
}
