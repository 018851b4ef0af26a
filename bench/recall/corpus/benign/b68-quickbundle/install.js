"use strict";
// Verifies that the platform-specific binary package was installed by npm (the normal
// case, via optionalDependencies). If npm skipped it, fetches the same package tarball
// from the configured npm registry, checks its sha512 against the value pinned in
// lib/checksums.json, and extracts only the binary into this package's own folder.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const https = require("https");
const crypto = require("crypto");
const child_process = require("child_process");
const { pkgAndSubpath, downloadedBinPath } = require("./lib/platform");

const version = require("./package.json").version;
const checksums = require("./lib/checksums.json");

function fetch(url, redirects = 0) {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects < 3) {
          res.resume();
          return fetch(new URL(res.headers.location, url).toString(), redirects + 1).then(resolve, reject);
        }
        if (res.statusCode !== 200) return reject(new Error(`Server responded with ${res.statusCode}`));
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

function extractFileFromTarGzip(buffer, subpath) {
  try {
    buffer = zlib.unzipSync(buffer);
  } catch (err) {
    throw new Error(`Invalid gzip data in archive: ${(err && err.message) || err}`);
  }
  const str = (i, n) => String.fromCharCode(...buffer.subarray(i, i + n)).replace(/\0.*$/, "");
  let offset = 0;
  subpath = `package/${subpath}`;
  while (offset < buffer.length) {
    const name = str(offset, 100);
    const size = parseInt(str(offset + 124, 12), 8);
    offset += 512;
    if (!isNaN(size)) {
      if (name === subpath) return buffer.subarray(offset, offset + size);
      offset += (size + 511) & ~511;
    }
  }
  throw new Error(`Could not find ${JSON.stringify(subpath)} in archive`);
}

function verify(pkg, tgz) {
  const expected = checksums[pkg];
  if (!expected) throw new Error(`No pinned checksum for ${pkg}`);
  const actual = "sha512-" + crypto.createHash("sha512").update(tgz).digest("base64");
  if (actual !== expected) throw new Error(`Integrity check failed for ${pkg}: expected ${expected}, got ${actual}`);
}

function validateBinaryVersion(bin) {
  const out = child_process.execFileSync(bin, ["--version"], { stdio: ["ignore", "pipe", "inherit"] }).toString().trim();
  if (out !== version) throw new Error(`Expected ${JSON.stringify(version)} but got ${JSON.stringify(out)}`);
}

async function downloadDirectlyFromNpm(pkg, subpath, binPath) {
  const registry = (process.env.npm_config_registry || "https://registry.npm.invalid/").replace(/\/?$/, "/");
  const url = `${registry}${pkg}/-/${pkg.replace("@quickbundle/", "")}-${version}.tgz`;
  console.error(`[quickbundle] Trying to download ${JSON.stringify(url)}`);
  const tgz = await fetch(url);
  verify(pkg, tgz);
  fs.writeFileSync(binPath, extractFileFromTarGzip(tgz, subpath), { mode: 0o755 });
}

async function main() {
  const { pkg, subpath } = pkgAndSubpath();
  try {
    const bin = require.resolve(`${pkg}/${subpath}`);
    validateBinaryVersion(bin);
    return;
  } catch {}
  const binPath = downloadedBinPath(pkg, subpath);
  console.error(`[quickbundle] Failed to find package "${pkg}" on the file system

This can happen if you use the "--no-optional" flag. The "optionalDependencies"
package.json feature is used by quickbundle to install the correct binary executable
for your current platform. This install script will now attempt to work around this.
`);
  await downloadDirectlyFromNpm(pkg, subpath, binPath);
  validateBinaryVersion(binPath);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
