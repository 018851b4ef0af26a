#!/usr/bin/env node
// Downloads the prebuilt tidyfmt binary for this platform from the project's own GitHub
// release, verifies its SHA-256 against checksums.json shipped in this package, and extracts it.
// Set TIDYFMT_BINARY_PATH to use a binary you built yourself; set TIDYFMT_SKIP_DOWNLOAD=1 to skip.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("https");
const crypto = require("crypto");
const { execFileSync } = require("child_process");

const { version, assets } = require("../checksums.json");
const BIN_DIR = path.join(__dirname, "..", "bin", "native");

const TARGETS = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
  "win32-x64": "x86_64-pc-windows-msvc",
};

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { "user-agent": "tidyfmt-installer" } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects > 0) {
        const next = new URL(res.headers.location, url);
        if (!/(^|\.)github\.com$|(^|\.)githubusercontent\.com$/.test(next.hostname)) {
          return reject(new Error(`refusing redirect to ${next.hostname}`));
        }
        res.resume();
        return resolve(get(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

async function main() {
  if (process.env.TIDYFMT_SKIP_DOWNLOAD) return;
  if (process.env.TIDYFMT_BINARY_PATH) return console.log(`tidyfmt: using ${process.env.TIDYFMT_BINARY_PATH}`);
  const target = TARGETS[`${process.platform}-${process.arch}`];
  if (!target) {
    console.warn(`tidyfmt: no prebuilt binary for ${process.platform}-${process.arch}; build from source with cargo install tidyfmt`);
    return;
  }
  const ext = process.platform === "win32" ? "zip" : "tar.gz";
  const asset = `tidyfmt-${target}.${ext}`;
  const url = `https://github.com/tidyfmt/tidyfmt/releases/download/v${version}/${asset}`;
  const buf = await get(url);
  const sha = crypto.createHash("sha256").update(buf).digest("hex");
  if (sha !== assets[asset]) throw new Error(`checksum mismatch for ${asset}: expected ${assets[asset]}, got ${sha}`);

  fs.mkdirSync(BIN_DIR, { recursive: true });
  const archive = path.join(os.tmpdir(), `${asset}.${process.pid}`);
  fs.writeFileSync(archive, buf);
  try {
    if (ext === "zip") {
      execFileSync("powershell.exe", ["-NoProfile", "-Command", `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${BIN_DIR}'`], { stdio: "inherit" });
    } else {
      execFileSync("tar", ["-xzf", archive, "-C", BIN_DIR], { stdio: "inherit" });
      fs.chmodSync(path.join(BIN_DIR, "tidyfmt"), 0o755);
    }
  } finally {
    fs.rmSync(archive, { force: true });
  }
  console.log(`tidyfmt ${version} installed (${target}, sha256 ok)`);
}

main().catch((e) => {
  console.error(`tidyfmt: ${e.message}`);
  console.error("tidyfmt: install the binary manually from https://github.com/tidyfmt/tidyfmt/releases");
  process.exit(1);
});
