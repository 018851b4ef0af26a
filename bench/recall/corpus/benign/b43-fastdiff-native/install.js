#!/usr/bin/env node
"use strict";
/*
 * Downloads the prebuilt fastdiff binary for this platform from the project's GitHub
 * release, verifies its SHA-256 against checksums.json (shipped inside this package, so
 * it is covered by the npm tarball integrity), and extracts it to ./bin/native.
 *
 * Environment:
 *   FASTDIFF_BINARY_PATH   use an existing binary, skip the download
 *   FASTDIFF_MIRROR        alternative base URL (e.g. an internal artifact proxy)
 *   FASTDIFF_SKIP_DOWNLOAD=1  do nothing (build from source with `cargo install fastdiff`)
 */
const crypto = require("crypto");
const fs = require("fs");
const https = require("https");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const pkg = require("./package.json");
const sums = require("./checksums.json");

const BASE = process.env.FASTDIFF_MIRROR || `https://github.com/fastdiff/fastdiff/releases/download/v${pkg.version}`;
const DEST = path.join(__dirname, "bin", "native");

const TRIPLES = {
  "darwin-arm64": "aarch64-apple-darwin",
  "darwin-x64": "x86_64-apple-darwin",
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl",
  "win32-x64": "x86_64-pc-windows-msvc",
};

function log(msg) { process.stderr.write(`fastdiff: ${msg}\n`); }

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { "user-agent": `fastdiff-npm/${pkg.version}` }, timeout: 60000 }, (res) => {
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        return get(new URL(res.headers.location, url).toString(), redirects - 1).then(resolve, reject);
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`GET ${url} -> HTTP ${res.statusCode}`)); }
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
      res.on("error", reject);
    }).on("error", reject).on("timeout", function () { this.destroy(new Error("timeout")); });
  });
}

// Minimal ustar reader: returns the contents of the first regular file whose name ends with `want`.
function extractFromTar(tar, want) {
  let off = 0;
  while (off + 512 <= tar.length) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString("utf8").replace(/\0.*$/, "");
    const prefix = header.subarray(345, 500).toString("utf8").replace(/\0.*$/, "");
    const size = parseInt(header.subarray(124, 136).toString("utf8").trim() || "0", 8);
    const type = String.fromCharCode(header[156] || 48);
    const full = prefix ? `${prefix}/${name}` : name;
    off += 512;
    if ((type === "0" || type === "\0") && path.posix.basename(full) === want) return tar.subarray(off, off + size);
    off += Math.ceil(size / 512) * 512;
  }
  return null;
}

async function main() {
  if (process.env.FASTDIFF_SKIP_DOWNLOAD === "1") return log("download skipped (FASTDIFF_SKIP_DOWNLOAD=1)");
  if (process.env.FASTDIFF_BINARY_PATH) {
    if (!fs.existsSync(process.env.FASTDIFF_BINARY_PATH)) throw new Error("FASTDIFF_BINARY_PATH does not exist");
    return log(`using ${process.env.FASTDIFF_BINARY_PATH}`);
  }
  const key = `${process.platform}-${os.arch()}`;
  const triple = TRIPLES[key];
  if (!triple) throw new Error(`no prebuilt binary for ${key}; install Rust and run \`cargo install fastdiff\``);
  const file = `fastdiff-${triple}.tar.gz`;
  const expected = sums.files[file];
  if (!expected) throw new Error(`checksums.json has no entry for ${file}`);

  const exe = process.platform === "win32" ? "fastdiff.exe" : "fastdiff";
  const target = path.join(DEST, exe);
  if (fs.existsSync(target)) {
    const stamp = path.join(DEST, ".version");
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === pkg.version) return log("binary already present");
  }

  log(`downloading ${file}`);
  const archive = await get(`${BASE}/${file}`);
  const actual = crypto.createHash("sha256").update(archive).digest("hex");
  if (actual !== expected) {
    throw new Error(`checksum mismatch for ${file}\n  expected ${expected}\n  actual   ${actual}\nrefusing to install`);
  }
  const bin = extractFromTar(zlib.gunzipSync(archive), exe);
  if (!bin) throw new Error(`${exe} not found in ${file}`);
  fs.mkdirSync(DEST, { recursive: true });
  const tmp = target + ".tmp";
  fs.writeFileSync(tmp, bin, { mode: 0o755 });
  fs.renameSync(tmp, target);
  fs.writeFileSync(path.join(DEST, ".version"), pkg.version);
  log(`installed ${path.relative(process.cwd(), target)} (sha256 ${actual.slice(0, 12)}…)`);
}

main().catch((err) => {
  log(err.message);
  log("the JS API still works in slow pure-JS mode; the `fastdiff` CLI needs the native binary");
  process.exitCode = 0;
});
