"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const https = require("https");
const child_process = require("child_process");

const VERSION = require("./package.json").version;
const toPath = path.join(__dirname, "bin", process.platform === "win32" ? "swcx-native.exe" : "swcx-native");

function platformPackage() {
  const { platform, arch } = process;
  let libc = "";
  if (platform === "linux") {
    try { libc = child_process.execSync("ldd --version 2>&1", { encoding: "utf8" }).includes("musl") ? "musl" : "gnu"; } catch { libc = "gnu"; }
  }
  const map = {
    "darwin arm64": "@swcx/core-darwin-arm64",
    "darwin x64": "@swcx/core-darwin-x64",
    "linux arm64": "@swcx/core-linux-arm64-gnu",
    "linux x64": libc === "musl" ? "@swcx/core-linux-x64-musl" : "@swcx/core-linux-x64-gnu",
    "win32 x64": "@swcx/core-win32-x64-msvc",
  };
  const pkg = map[`${platform} ${arch}`];
  if (!pkg) throw new Error(`Unsupported platform: ${platform} ${arch}`);
  return { pkg, sub: platform === "win32" ? "swcx.exe" : "bin/swcx" };
}

function validate(binPath) {
  const out = child_process.execFileSync(binPath, ["--version"], { stdio: "pipe" }).toString().trim();
  if (out !== VERSION) throw new Error(`Expected ${JSON.stringify(VERSION)} but got ${JSON.stringify(out)}`);
}

function fromOptionalDep(pkg, sub) {
  try { return require.resolve(`${pkg}/${sub}`); } catch { return null; }
}

function installUsingNPM(pkg, sub) {
  const env = { ...process.env, npm_config_global: undefined };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "swcx-"));
  try {
    fs.writeFileSync(path.join(tmp, "package.json"), "{}");
    child_process.execSync(`npm install --loglevel=error --prefer-offline --no-audit --progress=false ${pkg}@${VERSION}`, { cwd: tmp, stdio: "pipe", env });
    const installed = path.join(tmp, "node_modules", pkg, sub);
    fs.mkdirSync(path.dirname(toPath), { recursive: true });
    fs.copyFileSync(installed, toPath);
    fs.chmodSync(toPath, 0o755);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function fetch(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if ((res.statusCode === 301 || res.statusCode === 302) && res.headers.location) return fetch(res.headers.location).then(resolve, reject);
      if (res.statusCode !== 200) return reject(new Error(`Server responded with ${res.statusCode}`));
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

function extractFileFromTarGzip(buffer, subpath) {
  buffer = zlib.unzipSync(buffer);
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

async function installDirectlyFromNPM(pkg, sub) {
  const url = `https://registry.npmjs.org/${pkg}/-/${pkg.replace("@swcx/", "")}-${VERSION}.tgz`;
  console.error(`[swcx] Trying to download ${JSON.stringify(url)}`);
  const bin = extractFileFromTarGzip(await fetch(url), sub);
  fs.mkdirSync(path.dirname(toPath), { recursive: true });
  fs.writeFileSync(toPath, bin, { mode: 0o755 });
}

async function main() {
  const { pkg, sub } = platformPackage();
  const existing = fromOptionalDep(pkg, sub);
  if (existing) {
    try { validate(existing); return; } catch (e) { console.error(`[swcx] ${e.message}`); }
  }
  try {
    installUsingNPM(pkg, sub);
  } catch (e) {
    console.error(`[swcx] Failed to install ${pkg} using npm: ${e && e.message || e}`);
    await installDirectlyFromNPM(pkg, sub);
  }
  validate(toPath);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
