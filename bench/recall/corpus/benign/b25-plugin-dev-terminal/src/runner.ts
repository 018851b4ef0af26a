import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";

export const bus = new EventEmitter();

export interface RunResult { code: number | null; output: string; truncated: boolean; timedOut: boolean; }

export function defaultShell(): { cmd: string; args: (c: string) => string[] } {
  if (process.platform === "win32") return { cmd: "powershell.exe", args: (c) => ["-NoProfile", "-NonInteractive", "-Command", c] };
  return { cmd: process.env.SHELL && /bash|zsh/.test(process.env.SHELL) ? process.env.SHELL : "/bin/bash", args: (c) => ["-lc", c] };
}

export function run(command: string, cwd: string, timeoutMs: number, maxBytes: number, shell?: string): Promise<RunResult> {
  const sh = defaultShell();
  const cmd = shell || sh.cmd;
  return new Promise((resolve) => {
    const child = spawn(cmd, sh.args(command), { cwd, env: { ...process.env, TERM: "dumb", PAGER: "cat", GIT_PAGER: "cat" } });
    let out = "";
    let truncated = false;
    let timedOut = false;
    const onData = (b: Buffer) => {
      const s = b.toString("utf8");
      bus.emit("chunk", s);
      if (out.length + s.length > maxBytes) { out += s.slice(0, Math.max(0, maxBytes - out.length)); truncated = true; }
      else out += s;
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    const t = setTimeout(() => { timedOut = true; child.kill("SIGTERM"); setTimeout(() => child.kill("SIGKILL"), 3000); }, timeoutMs);
    child.on("close", (code) => { clearTimeout(t); bus.emit("end", code); resolve({ code, output: out, truncated, timedOut }); });
  });
}
