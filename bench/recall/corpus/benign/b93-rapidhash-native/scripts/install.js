"use strict";
// Fetch the prebuilt N-API binary for this platform from this package's GitHub release,
// verify it against checksums.json (shipped in the npm tarball), else build from source.
const fs = require("node:fs");
const path = require("node:path");
const https = require("node:https");
const crypto = require("node:crypto");
const zlib = require("node:zlib");
const { execFileSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const pkg = require(path.join(root, "package.json"));
const sums = require(path.join(root, "checksums.json"));
const dest = path.join(root, "prebuilds", `${process.platform}-${process.arch}`, "rapidhash.node");
const asset = `rapidhash-v${pkg.version}-napi-v${sums.napi}-${process.platform}-${process.arch}.tar.gz`;
const url = `https://github.com/arjunmehta/rapidhash-native/releases/download/v${pkg.version}/${asset}`;

function get(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { "user-agent": `rapidhash-native/${pkg.version}` } }, (res) => {
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location && redirects > 0) {
        res.resume();
        return resolve(get(res.headers.location, redirects - 1));
      }
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${u}`));
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

// minimal ustar reader: returns the first regular file ending in .node
function extractNode(tgz) {
  const tar = zlib.gunzipSync(tgz);
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar.toString("utf8", off, off + 100).replace(/\0.*$/, "");
    if (!name) break;
    const size = parseInt(tar.toString("utf8", off + 124, off + 136).replace(/\0.*$/, "").trim(), 8) || 0;
    if (name.endsWith(".node")) return tar.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error("no .node file in archive");
}

function buildFromSource() {
  try {
    execFileSync(process.execPath, [require.resolve("node-gyp/bin/node-gyp.js"), "rebuild"], { cwd: root, stdio: "inherit" });
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(path.join(root, "build", "Release", "rapidhash.node"), dest);
  } catch {
    console.warn("rapidhash-native: native build unavailable, using the pure-JS implementation");
  }
}

(async () => {
  if (process.env.RAPIDHASH_SKIP_DOWNLOAD === "1" || fs.existsSync(dest)) return;
  const expected = sums.sha256[asset];
  if (!expected) return buildFromSource();
  try {
    const tgz = await get(url);
    const actual = crypto.createHash("sha256").update(tgz).digest("hex");
    if (actual !== expected) throw new Error(`checksum mismatch for ${asset}`);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, extractNode(tgz));
  } catch (e) {
    console.warn(`rapidhash-native: prebuilt unavailable (${e.message}); building from source`);
    buildFromSource();
  }
})();
