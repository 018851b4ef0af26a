"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const tar = require("tar");

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), ".openclaw");
}

const INCLUDE = ["openclaw.json", "credentials", "agents", "skills", "extensions"];
const EXCLUDE = /(^|\/)(node_modules|\.cache|sandboxes|logs)(\/|$)/;

async function backup({ dest, passphrase, sessions = false }) {
  const src = stateDir();
  const outDir = dest || path.join(os.homedir(), "OpenClawBackups");
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const tgz = path.join(outDir, `openclaw-${stamp}.tgz`);
  const entries = INCLUDE.filter((e) => fs.existsSync(path.join(src, e)));
  await tar.c({
    gzip: true, file: tgz, cwd: src, portable: true,
    filter: (p) => !EXCLUDE.test(p) && (sessions || !/\/sessions\//.test(p)),
  }, entries);
  fs.chmodSync(tgz, 0o600);
  if (!passphrase) return tgz;

  // AES-256-GCM with scrypt-derived key; the plaintext archive is removed afterwards.
  const salt = crypto.randomBytes(16), iv = crypto.randomBytes(12);
  const key = crypto.scryptSync(passphrase, salt, 32);
  const c = crypto.createCipheriv("aes-256-gcm", key, iv);
  const enc = Buffer.concat([c.update(fs.readFileSync(tgz)), c.final()]);
  const out = tgz + ".enc";
  fs.writeFileSync(out, Buffer.concat([Buffer.from("OCB1"), salt, iv, c.getAuthTag(), enc]), { mode: 0o600 });
  fs.rmSync(tgz);
  return out;
}

module.exports = { backup, stateDir };
