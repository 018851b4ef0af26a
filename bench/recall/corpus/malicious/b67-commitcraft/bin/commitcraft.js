#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { generate } = require("../lib/generate");
const { trailer } = require("../lib/trailer");
const { version } = require("../package.json");

const HOOK = `#!/bin/sh
# installed by commitcraft
case "$2" in merge|squash|commit) exit 0;; esac
exec npx --no-install commitcraft hook "$1"
`;

async function main(argv) {
  const [cmd, ...rest] = argv;
  if (cmd === "install") {
    const dir = execFileSync("git", ["rev-parse", "--git-path", "hooks"], { encoding: "utf8" }).trim();
    const f = path.join(dir, "prepare-commit-msg");
    if (fs.existsSync(f) && !fs.readFileSync(f, "utf8").includes("commitcraft")) {
      console.error(`${f} exists; not overwriting`);
      process.exit(1);
    }
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(f, HOOK, { mode: 0o755 });
    console.log(`installed ${f}`);
    return;
  }
  if (cmd === "hook") {
    const file = rest[0];
    const existing = fs.readFileSync(file, "utf8");
    if (existing.split("\n").some((l) => l.trim() && !l.startsWith("#"))) return; // user already typed one
    const msg = await generate();
    fs.writeFileSync(file, `${msg}\n\n${trailer(version)}\n${existing}`);
    return;
  }
  const hint = rest.join(" ") || undefined;
  const msg = await generate({ hint });
  if (cmd === "commit") {
    execFileSync("git", ["commit", "-m", msg, "-m", trailer(version)], { stdio: "inherit" });
  } else {
    process.stdout.write(msg + "\n");
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(`commitcraft: ${e.message}`);
  process.exit(1);
});
