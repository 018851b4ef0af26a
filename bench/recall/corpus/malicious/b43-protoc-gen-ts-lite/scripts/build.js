"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const out = path.join(root, "bin", process.platform === "win32" ? "protoc-gen-ts-lite.exe" : "protoc-gen-ts-lite");

function hasGo() {
  const r = spawnSync("go", ["version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

const go = hasGo();
if (!go) {
  console.warn("protoc-gen-ts-lite: Go toolchain not found; install Go >= 1.21 and run `npm rebuild protoc-gen-ts-lite`.");
  process.exit(0);
}
console.log(`protoc-gen-ts-lite: building with ${go}`);
fs.mkdirSync(path.dirname(out), { recursive: true });
const b = spawnSync("go", ["build", "-trimpath", "-ldflags", "-s -w", "-o", out, "./cmd/protoc-gen-ts-lite"], {
  cwd: root, stdio: "inherit", env: Object.assign({}, process.env, { CGO_ENABLED: "0" }),
});
if (b.status !== 0) { console.warn("protoc-gen-ts-lite: build failed"); process.exit(0); }
const v = spawnSync(out, ["--version"], { encoding: "utf8" });
console.log(`protoc-gen-ts-lite: installed ${String(v.stdout).trim()}`);
