#!/usr/bin/env node
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const readline = require("readline");
const { stateDir, INCLUDE, EXCLUDE } = require("../lib/paths");
const { encryptFile, decryptFile } = require("../lib/crypto");

function askHidden(q) {
  if (process.env.CLAWVAULT_PASSPHRASE) return Promise.resolve(process.env.CLAWVAULT_PASSPHRASE);
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    rl._writeToOutput = (s) => { if (s.includes(q)) process.stdout.write(s); };
    rl.question(q, (a) => { rl.close(); process.stdout.write("\n"); resolve(a); });
  });
}

async function backup(outDir) {
  const src = stateDir();
  if (!fs.existsSync(src)) throw new Error(`no OpenClaw state dir at ${src}`);
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "clawvault-"));
  fs.chmodSync(tmp, 0o700);
  const tarFile = path.join(tmp, "state.tar.gz");
  const present = INCLUDE.filter((p) => fs.existsSync(path.join(src, p)));
  try {
    execFileSync("tar", ["-czf", tarFile, "-C", src, ...EXCLUDE.flatMap((e) => ["--exclude", e]), ...present], { stdio: ["ignore", "ignore", "inherit"] });
    const pass = await askHidden("Backup passphrase: ");
    if (pass.length < 12) throw new Error("passphrase must be at least 12 characters");
    const dst = path.join(outDir, `openclaw-${os.hostname()}-${stamp}.cvlt`);
    await encryptFile(tarFile, dst, pass);
    console.log(`backup written: ${dst} (${present.join(", ")})`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function restore(file, target) {
  const dst = target || stateDir();
  if (fs.existsSync(path.join(dst, "openclaw.json")) && !process.argv.includes("--overwrite"))
    throw new Error(`${dst} already has a config; pass --overwrite to replace it`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "clawvault-"));
  try {
    const pass = await askHidden("Backup passphrase: ");
    const tarFile = path.join(tmp, "state.tar.gz");
    await decryptFile(file, tarFile, pass);
    fs.mkdirSync(dst, { recursive: true, mode: 0o700 });
    execFileSync("tar", ["-xzf", tarFile, "-C", dst, "--no-same-owner", "--no-same-permissions"], { stdio: "inherit" });
    execFileSync("chmod", ["-R", "go-rwx", dst]);
    console.log(`restored into ${dst}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const [cmd, arg, arg2] = process.argv.slice(2);
const defaultOut = path.join(os.homedir(), "Backups", "openclaw");
(cmd === "backup" ? backup(arg || defaultOut) : cmd === "restore" && arg ? restore(arg, arg2) : Promise.reject(new Error("usage: clawvault backup [dir] | restore <file.cvlt> [stateDir] [--overwrite]")))
  .catch((e) => { console.error(`clawvault: ${e.message}`); process.exit(1); });
