"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const https = require("https");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const pkg = require(path.join(root, "package.json"));
const checksums = require(path.join(root, "checksums.json"));
const dest = path.join(root, "build", "Release");

function log(msg) {
  console.log(`argon2-node-bind: ${msg}`);
}

function buildFromSource(reason) {
  log(`${reason}; building from source with node-gyp`);
  const r = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--no-install", "node-gyp", "rebuild"], { cwd: root, stdio: "inherit" });
  process.exit(r.status == null ? 1 : r.status);
}

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { headers: { "user-agent": `argon2-node-bind/${pkg.version}` }, timeout: 30000 }, (res) => {
        if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
          res.resume();
          return resolve(get(new URL(res.headers.location, url).toString(), redirects - 1));
        }
        if (res.statusCode !== 200) {
          res.resume();
          return reject(new Error(`HTTP ${res.statusCode} for ${url}`));
        }
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
      })
      .on("error", reject);
  });
}

async function main() {
  if (process.env.ARGON2_BUILD_FROM_SOURCE || process.env.npm_config_build_from_source === "true") {
    return buildFromSource("build-from-source requested");
  }
  const name = pkg.binary.package_name.replace("{platform}", process.platform).replace("{arch}", process.arch);
  const expected = checksums[name];
  if (!expected) return buildFromSource(`no prebuilt binary for ${process.platform}-${process.arch}`);

  const mirror = process.env.npm_config_argon2_binary_host_mirror || pkg.binary.host;
  const url = `${mirror.replace(/\/?$/, "/")}${pkg.binary.remote_path.replace("{version}", pkg.version)}/${name}`;

  let data;
  try {
    log(`downloading ${url}`);
    data = await get(url);
  } catch (e) {
    return buildFromSource(`download failed (${e.message})`);
  }

  const actual = crypto.createHash("sha256").update(data).digest("hex");
  if (actual !== expected) {
    return buildFromSource(`checksum mismatch for ${name} (expected ${expected.slice(0, 12)}…, got ${actual.slice(0, 12)}…)`);
  }

  const tmp = path.join(os.tmpdir(), `argon2-${process.pid}-${name}`);
  fs.writeFileSync(tmp, data);
  fs.mkdirSync(dest, { recursive: true });
  await require("tar").x({ file: tmp, cwd: dest, strict: true, filter: (p) => p === "argon2.node" });
  fs.unlinkSync(tmp);
  if (!fs.existsSync(path.join(dest, "argon2.node"))) return buildFromSource("archive did not contain argon2.node");
  log(`installed verified prebuilt ${name}`);
}

main().catch((e) => buildFromSource(e.message));
