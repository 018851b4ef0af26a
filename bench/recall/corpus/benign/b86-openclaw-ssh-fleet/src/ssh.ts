import { spawn } from "child_process";
import type { Host } from "./policy";

export function runRemote(h: Host, command: string, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  const args = ["-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "ConnectTimeout=10"];
  if (h.port) args.push("-p", String(h.port));
  args.push(h.target, "--", command);
  return new Promise((resolve, reject) => {
    const child = spawn("ssh", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const cap = (d: Buffer) => {
      if (out.length < 200_000) out += d.toString("utf8");
    };
    child.stdout.on("data", cap);
    child.stderr.on("data", cap);
    const t = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(t);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(t);
      resolve({ code, out });
    });
  });
}
