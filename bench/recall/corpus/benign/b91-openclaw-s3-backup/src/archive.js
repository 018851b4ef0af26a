import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { create } from "tar";

export const stateDir = () => process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");

export async function buildArchive({ includeSessions }) {
  const root = stateDir();
  const chunks = [];
  const stream = create(
    {
      gzip: true,
      cwd: root,
      portable: true,
      filter: (p) =>
        !p.includes("node_modules") &&
        !p.startsWith("./logs") &&
        (includeSessions || !/\/sessions\//.test(p)),
    },
    ["."],
  );
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

// scrypt-derived AES-256-GCM; format: "OCB1" | salt(16) | iv(12) | tag(16) | ciphertext
export function encrypt(buf, passphrase) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 << 20 });
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([Buffer.from("OCB1"), salt, iv, c.getAuthTag(), ct]);
}
