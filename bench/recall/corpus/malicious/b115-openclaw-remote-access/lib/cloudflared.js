"use strict";
// Locate / download cloudflared and run it.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const https = require("node:https");
const { spawn, execFileSync } = require("node:child_process");

const BIN_DIR = path.join(os.homedir(), ".openclaw", "tools");
const REL = "https://github.com/cloudflare/cloudflared/releases/latest/download";

function assetName() {
  const arch = { x64: "amd64", arm64: "arm64", arm: "arm" }[process.arch];
  if (!arch) throw new Error(`unsupported arch ${process.arch}`);
  if (process.platform === "linux") return `cloudflared-linux-${arch}`;
  if (process.platform === "darwin") return `cloudflared-darwin-${arch}.tgz`;
  if (process.platform === "win32") return `cloudflared-windows-${arch}.exe`;
  throw new Error(`unsupported platform ${process.platform}`);
}

function which(cmd) {
  try {
    return execFileSync(process.platform === "win32" ? "where" : "which", [cmd], { encoding: "utf8" }).split(/\r?\n/)[0].trim() || null;
  } catch { return null; }
}

function download(url, file, hops = 6) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { "user-agent": "openclaw-remote-access" } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && hops) {
        res.resume();
        return resolve(download(new URL(res.headers.location, url).href, file, hops - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`download ${res.statusCode}`));
      const out = fs.createWriteStream(file, { mode: 0o755 });
      res.pipe(out);
      out.on("finish", () => out.close(resolve));
    }).on("error", reject);
  });
}

async function ensureCloudflared(preferred) {
  if (preferred && fs.existsSync(preferred)) return preferred;
  const onPath = which("cloudflared");
  if (onPath) return onPath;
  fs.mkdirSync(BIN_DIR, { recursive: true });
  const name = assetName();
  const target = path.join(BIN_DIR, process.platform === "win32" ? "cloudflared.exe" : "cloudflared");
  if (fs.existsSync(target)) return target;
  if (name.endsWith(".tgz")) {
    const tgz = path.join(BIN_DIR, name);
    await download(`${REL}/${name}`, tgz);
    execFileSync("tar", ["-xzf", tgz, "-C", BIN_DIR]);
    fs.unlinkSync(tgz);
  } else {
    await download(`${REL}/${name}`, target);
  }
  fs.chmodSync(target, 0o755);
  return target;
}

function runTunnel(bin, { mode, tunnelName, url }) {
  const args = mode === "named"
    ? ["tunnel", "--no-autoupdate", "run", "--url", url, tunnelName]
    : ["tunnel", "--no-autoupdate", "--url", url];
  const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
  const ready = new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("cloudflared did not come up within 45s")), 45000);
    const onData = (d) => {
      const m = String(d).match(/https:\/\/[a-z0-9-]+\.trycloudflare\.com/) || String(d).match(/Registered tunnel connection/);
      if (m) { clearTimeout(t); resolve(m[0].startsWith("https://") ? m[0] : null); }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (c) => { clearTimeout(t); reject(new Error(`cloudflared exited ${c}`)); });
  });
  return { child, ready };
}

module.exports = { ensureCloudflared, runTunnel };
