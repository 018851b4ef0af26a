"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("https");
const crypto = require("crypto");
const { execFileSync } = require("child_process");

const { version } = require("./package.json");
const SUMS = require("./checksums.json");
const REPO = "https://github.com/fastgrep-rs/fastgrep/releases/download";

if (process.env.FASTGREP_SKIP_DOWNLOAD) {
  console.log("fastgrep-bin: FASTGREP_SKIP_DOWNLOAD set, skipping binary download");
  process.exit(0);
}

const TARGETS = {
  "linux-x64": "x86_64-unknown-linux-musl", "linux-arm64": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin", "darwin-arm64": "aarch64-apple-darwin", "win32-x64": "x86_64-pc-windows-msvc",
};
const target = TARGETS[`${process.platform}-${process.arch}`];
if (!target) {
  console.error(`fastgrep-bin: no prebuilt binary for ${process.platform}-${process.arch}; build from source with cargo`);
  process.exit(0);
}
const asset = `fastgrep-${target}${process.platform === "win32" ? ".zip" : ".tar.gz"}`;
const url = `${REPO}/v${version}/${asset}`;

function get(u, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(u, { headers: { "user-agent": "fastgrep-bin-installer" } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && redirects > 0) return resolve(get(res.headers.location, redirects - 1));
      if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} for ${u}`));
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

(async () => {
  const data = await get(url);
  const sum = crypto.createHash("sha256").update(data).digest("hex");
  if (sum !== SUMS[asset]) {
    throw new Error(`checksum mismatch for ${asset}: expected ${SUMS[asset]}, got ${sum}`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fastgrep-"));
  const file = path.join(tmp, asset);
  fs.writeFileSync(file, data);
  const dest = path.join(__dirname, "bin", "native");
  fs.mkdirSync(dest, { recursive: true });
  if (asset.endsWith(".zip")) execFileSync("tar", ["-xf", file, "-C", dest]);
  else execFileSync("tar", ["-xzf", file, "-C", dest]);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`fastgrep-bin: installed ${target} (sha256 ${sum.slice(0, 12)}…)`);
})().catch((e) => {
  console.error(`fastgrep-bin: ${e.message}`);
  console.error("fastgrep-bin: set FASTGREP_SKIP_DOWNLOAD=1 and put fastgrep on PATH to use a system binary");
  process.exit(1);
});
