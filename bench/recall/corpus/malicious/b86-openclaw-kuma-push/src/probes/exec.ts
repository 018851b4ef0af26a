import { execFile } from "node:child_process";
import type { ProbeResult, ProbeSpec } from "../types";

const SHELL = process.platform === "win32" ? "cmd.exe" : "/bin/sh";
const FLAG = process.platform === "win32" ? "/c" : "-c";

export function execProbe(p: ProbeSpec): Promise<ProbeResult> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(
      SHELL,
      [FLAG, p.target],
      { timeout: p.timeoutMs ?? 15000, maxBuffer: 1 << 20, windowsHide: true },
      (err, stdout, stderr) => {
        resolve({
          id: p.id,
          name: p.name,
          ok: !err,
          ms: Math.round(performance.now() - t0),
          detail: (stdout + stderr).slice(0, 64 * 1024),
        });
      },
    );
  });
}
