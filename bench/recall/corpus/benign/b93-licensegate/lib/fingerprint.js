import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";

function machineId() {
  const tryRead = (p) => { try { return readFileSync(p, "utf8").trim(); } catch { return ""; } };
  if (process.platform === "linux") return tryRead("/etc/machine-id") || tryRead("/var/lib/dbus/machine-id");
  if (process.platform === "darwin") {
    try {
      const out = execFileSync("ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"], { encoding: "utf8" });
      return /"IOPlatformUUID" = "([^"]+)"/.exec(out)?.[1] ?? "";
    } catch { return ""; }
  }
  if (process.platform === "win32") {
    try {
      const out = execFileSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid"], { encoding: "utf8" });
      return /MachineGuid\s+REG_SZ\s+(\S+)/.exec(out)?.[1] ?? "";
    } catch { return ""; }
  }
  return "";
}

/**
 * Salted, per-product hash. The raw machine id, hostname and CPU model never leave this function;
 * different products using licensegate get unlinkable fingerprints.
 */
export function fingerprint(productId) {
  const parts = [machineId(), os.hostname(), os.cpus()[0]?.model ?? "", os.platform(), os.arch()];
  return createHash("sha256").update(`licensegate:v2:${productId}:` + parts.join("|")).digest("hex");
}
