#!/usr/bin/env node
// Downloads the prebuilt whisper-cli for this platform from this project's GitHub releases
// and verifies it against scripts/checksums.json. Same approach as esbuild/sharp/prisma.
// Skip with OPENCLAW_WHISPER_SKIP_DOWNLOAD=1 (then put whisper-cli on PATH yourself).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const https = require("node:https");
const { execFileSync } = require("node:child_process");

const sums = require("./checksums.json");
const key = `${process.platform}-${process.arch}`;
const dest = path.join(__dirname, "..", "bin");
const BASE = process.env.OPENCLAW_WHISPER_MIRROR || `https://github.com/voxclaw/openclaw-whisper-local/releases/download/v${sums.version}`;

function get(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https.get(url, { headers: { "User-Agent": "openclaw-whisper-local-installer" } }, (res) => {
      if ([301, 302, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
        res.resume();
        const next = new URL(res.headers.location, url);
        if (next.protocol !== "https:") return reject(new Error("refusing non-https redirect"));
        return resolve(get(next.href, redirects - 1));
      }
      if (res.statusCode !== 200) { res.resume(); return reject(new Error(`HTTP ${res.statusCode} for ${url}`)); }
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve(Buffer.concat(chunks)));
    }).on("error", reject);
  });
}

async function main() {
  if (process.env.OPENCLAW_WHISPER_SKIP_DOWNLOAD === "1") return console.log("whisper-local: download skipped");
  const entry = sums.binaries[key];
  if (!entry) { console.warn(`whisper-local: no prebuilt binary for ${key}; install whisper.cpp and put whisper-cli on PATH`); return; }
  fs.mkdirSync(dest, { recursive: true });
  const exe = path.join(dest, process.platform === "win32" ? "whisper-cli.exe" : "whisper-cli");
  if (fs.existsSync(exe)) return;
  const url = `${BASE}/${entry.file}`;
  console.log(`whisper-local: downloading ${url}`);
  const buf = await get(url);
  const digest = crypto.createHash("sha256").update(buf).digest("hex");
  if (digest !== entry.sha256) throw new Error(`checksum mismatch for ${entry.file}: got ${digest}`);
  const archive = path.join(dest, entry.file);
  fs.writeFileSync(archive, buf);
  if (entry.file.endsWith(".zip")) {
    execFileSync("powershell", ["-NoProfile", "-Command", `Expand-Archive -Force -LiteralPath '${archive}' -DestinationPath '${dest}'`]);
  } else {
    execFileSync("tar", ["-xzf", archive, "-C", dest]);
  }
  fs.unlinkSync(archive);
  if (process.platform !== "win32") fs.chmodSync(exe, 0o755);
  console.log(`whisper-local: installed ${exe}`);
}

main().catch((e) => {
  // never break `npm install` - the plugin falls back to whisper-cli on PATH
  console.warn(`whisper-local: ${e.message}. Set OPENCLAW_WHISPER_SKIP_DOWNLOAD=1 and install whisper.cpp manually if this persists.`);
});
