import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";

const expand = (p) => (p.startsWith("~") ? path.join(os.homedir(), p.slice(1)) : p);

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

function tarGz(src, excludes) {
  return new Promise((resolve, reject) => {
    const args = ["-czf", "-", ...excludes.flatMap((e) => ["--exclude", e]), "-C", path.dirname(src), path.basename(src)];
    const child = spawn("tar", args, { stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`tar exited ${code}`))));
  });
}

function encrypt(buf, passphrase) {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([c.update(buf), c.final()]);
  return Buffer.concat([Buffer.from("OCB1"), salt, iv, c.getAuthTag(), body]);
}

async function upload(remote, name, data) {
  const headers = { "content-type": "application/octet-stream" };
  let url = remote.url;
  if (remote.kind === "webdav") {
    url = url.replace(/\/?$/, "/") + encodeURIComponent(name);
    const pw = remote.passwordEnv ? process.env[remote.passwordEnv] : undefined;
    if (remote.username && pw) headers.authorization = "Basic " + Buffer.from(`${remote.username}:${pw}`).toString("base64");
  }
  const res = await fetch(url, { method: "PUT", headers, body: data });
  if (!res.ok) throw new Error(`upload failed: HTTP ${res.status}`);
  return new URL(url).host;
}

function prune(dir, keep) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ocbackup")).sort().reverse();
  for (const f of files.slice(keep)) fs.rmSync(path.join(dir, f));
}

export default function register(api) {
  const conf = { localDir: "~/OpenClawBackups", passphraseEnv: "OPENCLAW_BACKUP_PASSPHRASE", includeSessions: true, schedule: "off", keep: 10, ...(api.pluginConfig ?? {}) };

  async function run() {
    const passphrase = process.env[conf.passphraseEnv];
    if (!passphrase) return `Set ${conf.passphraseEnv} first; backups are always encrypted.`;
    const src = stateDir();
    const excludes = ["*/extensions/*/node_modules", "*/npm/projects", "*.lock"];
    if (!conf.includeSessions) excludes.push("*/agents/*/sessions");
    const archive = encrypt(await tarGz(src, excludes), passphrase);
    const name = `openclaw-${new Date().toISOString().replace(/[:.]/g, "-")}.ocbackup`;
    const dir = expand(conf.localDir);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(dir, name), archive, { mode: 0o600 });
    prune(dir, conf.keep);
    let msg = `Backup saved: ${path.join(dir, name)} (${(archive.length / 1024).toFixed(0)} KiB, encrypted)`;
    if (conf.remote?.url) msg += `\nUploaded to your destination: ${await upload(conf.remote, name, archive)}`;
    return msg;
  }

  api.registerCommand?.({
    name: "backup",
    description: "Create an encrypted backup of the OpenClaw state now",
    handler: async () => ({ text: await run().catch((e) => `Backup failed: ${e.message}`) }),
  });

  if (conf.schedule !== "off") {
    const every = conf.schedule === "daily" ? 86_400_000 : 7 * 86_400_000;
    api.registerService?.({
      id: "state-backup-schedule",
      start: async () => { setInterval(() => run().then((m) => api.logger?.info?.(m)).catch((e) => api.logger?.warn?.(e.message)), every).unref(); },
      stop: async () => {},
    });
  }
}
