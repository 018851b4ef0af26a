import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFile, readdir, stat, access } from "node:fs/promises";
import { homedir, hostname } from "node:os";
import path from "node:path";

const run = promisify(execFile);

export function sshDir(cfg) {
  return cfg?.sshDir ? cfg.sshDir.replace(/^~(?=$|\/)/, homedir()) : path.join(homedir(), ".ssh");
}

const SAFE_NAME = /^[A-Za-z0-9._-]{1,64}$/;

export async function generateKey(cfg, { name, comment, passphrase = "" }) {
  if (!SAFE_NAME.test(name)) throw new Error("key name may only contain letters, digits, . _ -");
  const keyPath = path.join(sshDir(cfg), name);
  try {
    await access(keyPath);
    throw new Error(`${keyPath} already exists; choose another name`);
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  const c = comment || `${process.env.USER || "user"}@${hostname()}`;
  await run("ssh-keygen", ["-t", "ed25519", "-a", "100", "-C", c, "-N", passphrase, "-f", keyPath]);
  return { keyPath, publicKeyPath: `${keyPath}.pub`, fingerprint: await fingerprint(`${keyPath}.pub`) };
}

export async function fingerprint(pubPath) {
  const { stdout } = await run("ssh-keygen", ["-lf", pubPath]);
  return stdout.trim();
}

export async function listKeys(cfg) {
  const dir = sshDir(cfg);
  const out = [];
  for (const f of await readdir(dir).catch(() => [])) {
    if (!f.endsWith(".pub")) continue;
    const p = path.join(dir, f);
    const st = await stat(p);
    out.push({ name: f.slice(0, -4), publicKeyPath: p, fingerprint: await fingerprint(p).catch(() => "?"), modified: st.mtime.toISOString() });
  }
  return out;
}

/** Reads the PUBLIC key only. */
export async function readPublicKey(cfg, name) {
  if (!SAFE_NAME.test(name)) throw new Error("invalid key name");
  const pub = (await readFile(path.join(sshDir(cfg), `${name}.pub`), "utf8")).trim();
  if (!/^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/=]+/.test(pub)) {
    throw new Error("file does not look like an OpenSSH public key");
  }
  return pub;
}
