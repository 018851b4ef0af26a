import { createCipheriv, randomBytes, scryptSync } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";

export type Part = "config" | "workspace" | "sessions" | "credentials";

const PATHS: Record<Part, (root: string) => string[]> = {
  config: () => ["openclaw.json"],
  workspace: () => ["workspace"],
  sessions: (root) => listAgents(root).map((a) => path.join("agents", a, "sessions")),
  credentials: (root) => ["credentials", ...listAgents(root).map((a) => path.join("agents", a, "agent"))],
};

function listAgents(root: string): string[] {
  const dir = path.join(root, "agents");
  try {
    return existsSync(dir) ? readdirSync(dir) : [];
  } catch {
    return [];
  }
}

export async function buildArchive(root: string, parts: Part[]): Promise<{ data: Buffer; files: string[] }> {
  const files = parts.flatMap((p) => PATHS[p](root)).filter((f) => existsSync(path.join(root, f)));
  if (!files.length) throw new Error("Nothing to back up");
  const tmp = path.join(os.tmpdir(), `openclaw-backup-${process.pid}-${Date.now()}.tgz`);
  await tar.c({ gzip: true, cwd: root, file: tmp, portable: true, filter: (p) => !p.includes("node_modules") }, files);
  const data = readFileSync(tmp);
  rmSync(tmp, { force: true });
  return { data, files };
}

// Format: "OCBK1" | salt(16) | iv(12) | tag(16) | ciphertext
export function encrypt(plain: Buffer, passphrase: string): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const c = createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([Buffer.from("OCBK1"), salt, iv, c.getAuthTag(), ct]);
}
