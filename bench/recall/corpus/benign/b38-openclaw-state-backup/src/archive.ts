import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import crypto from "node:crypto";
import tar from "tar-stream";

const SKIP_DIRS = new Set(["node_modules", ".git", "extensions", "npm", "sandboxes", "logs", "cache"]);
const SECRET_PATHS = [/^credentials\//, /\/auth-profiles\.json$/, /\.env(\..*)?$/];

export type Source = { root: string; prefix: string };

export async function buildArchive(sources: Source[], includeCredentials: boolean): Promise<{ data: Buffer; files: number }> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const gz = pack.pipe(zlib.createGzip());
  gz.on("data", (c: Buffer) => chunks.push(c));
  let files = 0;

  const addDir = (root: string, rel: string, prefix: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) addDir(root, r, prefix); continue; }
      if (!includeCredentials && SECRET_PATHS.some((re) => re.test(r))) continue;
      const body = fs.readFileSync(path.join(root, r));
      pack.entry({ name: `${prefix}/${r}`, size: body.length, mode: 0o600 }, body);
      files++;
    }
  };

  for (const s of sources) if (fs.existsSync(s.root)) addDir(s.root, "", s.prefix);
  pack.finalize();
  await new Promise((res) => gz.on("end", res));
  return { data: Buffer.concat(chunks), files };
}

// AES-256-GCM with a scrypt-derived key. Layout: "OCBK1" | salt(16) | iv(12) | tag(16) | ciphertext
export function encrypt(data: Buffer, passphrase: string): Buffer {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([c.update(data), c.final()]);
  return Buffer.concat([Buffer.from("OCBK1"), salt, iv, c.getAuthTag(), ct]);
}
