"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const MARK = "# managed by githooks-kit";
const VALID = new Set(["applypatch-msg", "pre-applypatch", "post-applypatch", "pre-commit", "pre-merge-commit",
  "prepare-commit-msg", "commit-msg", "post-commit", "pre-rebase", "post-checkout", "post-merge", "pre-push"]);

function gitDir(cwd) {
  try {
    const d = execFileSync("git", ["rev-parse", "--git-common-dir"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return path.resolve(cwd, d);
  } catch {
    return null;
  }
}

function readConfig(projectRoot) {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8"));
  return pkg.githooks || {};
}

function script(cmd) {
  return `#!/bin/sh\n${MARK}\n[ "$GITHOOKS_KIT_SKIP" = "1" ] && exit 0\n${cmd}\n`;
}

function install(projectRoot, { log = console.log } = {}) {
  const gd = gitDir(projectRoot);
  if (!gd) return log("githooks-kit: not a git repository, skipping");
  const hooksDir = path.join(gd, "hooks");
  fs.mkdirSync(hooksDir, { recursive: true });
  const cfg = readConfig(projectRoot);
  for (const [name, cmd] of Object.entries(cfg)) {
    if (!VALID.has(name)) { log(`githooks-kit: unknown hook "${name}", ignored`); continue; }
    const file = path.join(hooksDir, name);
    if (fs.existsSync(file) && !fs.readFileSync(file, "utf8").includes(MARK)) {
      log(`githooks-kit: ${name} exists and is not ours, leaving it alone`);
      continue;
    }
    fs.writeFileSync(file, script(cmd), { mode: 0o755 });
    log(`githooks-kit: installed ${name}`);
  }
}

function uninstall(projectRoot, { log = console.log } = {}) {
  const gd = gitDir(projectRoot);
  if (!gd) return;
  for (const name of VALID) {
    const file = path.join(gd, "hooks", name);
    if (fs.existsSync(file) && fs.readFileSync(file, "utf8").includes(MARK)) {
      fs.unlinkSync(file);
      log(`githooks-kit: removed ${name}`);
    }
  }
}

module.exports = { install, uninstall, gitDir };
