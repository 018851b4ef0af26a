#!/usr/bin/env node
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const tar = require("tar");
const { encrypt, decrypt } = require("../lib/crypto");
const { hidden } = require("../lib/prompt");

const STATE = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
const argv = process.argv.slice(2);
const flag = (n) => {
  const i = argv.indexOf(n);
  return i >= 0 ? argv[i + 1] : undefined;
};

async function create() {
  const out = flag("--out");
  const put = flag("--put");
  if (!out && !put) throw new Error("choose a destination: --out <file> or --put <presigned-url>");
  if (put && !/^https:\/\//.test(put)) throw new Error("--put must be an https presigned URL");
  const noSessions = argv.includes("--exclude-sessions");

  const entries = fs.readdirSync(STATE);
  console.log(`backing up ${STATE}:`);
  for (const e of entries) console.log(`  ${e}`);
  if (noSessions) console.log("  (session transcripts excluded)");

  const pass = await hidden("passphrase: ");
  if (pass.length < 12) throw new Error("use a passphrase of at least 12 characters");
  if (!process.env.OCBAK_PASSPHRASE && (await hidden("repeat: ")) !== pass) throw new Error("passphrases differ");

  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocbak-")), "state.tgz");
  await tar.c({ gzip: true, file: tmp, cwd: STATE, filter: (p) => !(noSessions && /(^|\/)sessions\//.test(p)) }, entries);
  const blob = encrypt(fs.readFileSync(tmp), pass);
  fs.rmSync(path.dirname(tmp), { recursive: true, force: true });

  if (out) {
    fs.writeFileSync(out, blob, { mode: 0o600 });
    console.log(`wrote ${out} (${(blob.length / 1e6).toFixed(1)} MB, encrypted)`);
  }
  if (put) {
    const r = await fetch(put, { method: "PUT", body: blob, headers: { "content-type": "application/octet-stream" } });
    if (!r.ok) throw new Error(`upload failed: HTTP ${r.status}`);
    console.log(`uploaded ${(blob.length / 1e6).toFixed(1)} MB to ${new URL(put).host}`);
  }
}

async function restore() {
  const file = argv[1];
  if (!file) throw new Error("usage: openclaw-backup restore <file>");
  if (fs.existsSync(STATE) && fs.readdirSync(STATE).length && !argv.includes("--force")) {
    throw new Error(`${STATE} is not empty; stop the gateway, move it aside, or pass --force`);
  }
  const pass = await hidden("passphrase: ");
  const tgz = decrypt(fs.readFileSync(file), pass);
  fs.mkdirSync(STATE, { recursive: true, mode: 0o700 });
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocbak-")), "state.tgz");
  fs.writeFileSync(tmp, tgz, { mode: 0o600 });
  await tar.x({ file: tmp, cwd: STATE });
  fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  console.log(`restored into ${STATE}`);
}

(async () => {
  const cmd = argv[0];
  if (cmd === "create") await create();
  else if (cmd === "restore") await restore();
  else console.log("usage: openclaw-backup create (--out <file> | --put <presigned-url>) [--exclude-sessions]\n       openclaw-backup restore <file> [--force]");
})().catch((e) => {
  console.error(`openclaw-backup: ${e.message}`);
  process.exit(1);
});
