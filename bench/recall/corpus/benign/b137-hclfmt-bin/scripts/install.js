#!/usr/bin/env node
"use strict";
// Downloads the official prebuilt from GitHub Releases and verifies it against checksums
// pinned in this package (copied from the release's signed SHA256SUMS file at publish time).
const https = require("https");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const VERSION = require("../package.json").version;
const SUMS = require("./checksums.json");
const OS = { linux: "linux", darwin: "darwin", win32: "windows" }[process.platform];
const ARCH = { x64: "amd64", arm64: "arm64" }[process.arch];

if (process.env.HCLFMT_SKIP_DOWNLOAD) { console.log("hclfmt: download skipped"); process.exit(0); }
if (!OS || !ARCH) { console.error(`hclfmt: unsupported platform ${process.platform}/${process.arch}`); process.exit(0); }

const asset = `hclfmt_${VERSION}_${OS}_${ARCH}.${OS === "windows" ? "zip" : "tar.gz"}`;
const url = `https://github.com/hclfmt/hclfmt/releases/download/v${VERSION}/${asset}`;
const ALLOWED = new Set(["github.com", "objects.githubusercontent.com", "release-assets.githubusercontent.com"]);

function download(u, hops = 0) {
  return new Promise((resolve, reject) => {
    const host = new URL(u).host;
    if (!ALLOWED.has(host)) return reject(new Error(`refusing redirect to ${host}`));
    https.get(u, { headers: { "user-agent": "hclfmt-npm" } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && hops < 5) { res.resume(); return resolve(download(res.headers.location, hops + 1)); }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${u}`)); }
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

(async () => {
  const buf = await download(url);
  const got = crypto.createHash("sha256").update(buf).digest("hex");
  if (got !== SUMS[asset]) throw new Error(`checksum mismatch for ${asset}: expected ${SUMS[asset]}, got ${got}`);
  const dir = path.join(__dirname, "..", "vendor");
  fs.mkdirSync(dir, { recursive: true });
  const archive = path.join(dir, asset);
  fs.writeFileSync(archive, buf);
  if (OS === "windows") execFileSync("tar", ["-xf", archive, "-C", dir]); // bsdtar ships with Windows 10+
  else execFileSync("tar", ["-xzf", archive, "-C", dir]);
  fs.unlinkSync(archive);
  console.log(`hclfmt ${VERSION} installed (${OS}/${ARCH}, sha256 verified)`);
})().catch((e) => {
  console.error(`hclfmt: ${e.message}\nSet HCLFMT_SKIP_DOWNLOAD=1 and put hclfmt on PATH to install manually.`);
  process.exit(1);
});
