"use strict";
const fs = require("node:fs");
const path = require("node:path");

const VALID = new Set([
  "applypatch-msg", "pre-applypatch", "post-applypatch", "pre-commit", "pre-merge-commit", "prepare-commit-msg",
  "commit-msg", "post-commit", "pre-rebase", "post-checkout", "post-merge", "pre-push", "post-rewrite",
]);
const MARK = "# hookshed";

function findGitDir(start) {
  let d = path.resolve(start);
  for (;;) {
    const g = path.join(d, ".git");
    if (fs.existsSync(g)) {
      if (fs.statSync(g).isFile()) {
        const m = /gitdir:\s*(.+)/.exec(fs.readFileSync(g, "utf8"));
        return m ? path.resolve(d, m[1].trim()) : null;
      }
      return g;
    }
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

function script(cmd) {
  return `#!/bin/sh\n${MARK}\n[ "$HOOKSHED" = "0" ] && exit 0\n${cmd}\n`;
}

function install(projectDir, { force = false, log = console.log } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, "package.json"), "utf8"));
  const decl = pkg.hookshed || {};
  const gitDir = findGitDir(projectDir);
  if (!gitDir) return log("hookshed: not a git repository, skipping");
  const dir = path.join(gitDir, "hooks");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, cmd] of Object.entries(decl)) {
    if (!VALID.has(name)) {
      log(`hookshed: ignoring unknown hook "${name}"`);
      continue;
    }
    const file = path.join(dir, name);
    if (fs.existsSync(file) && !fs.readFileSync(file, "utf8").includes(MARK) && !force) {
      log(`hookshed: ${name} exists and was not created by hookshed; use --force to replace`);
      continue;
    }
    fs.writeFileSync(file, script(cmd), { mode: 0o755 });
    log(`hookshed: installed ${name} -> ${cmd}`);
  }
}

function uninstall(projectDir, { log = console.log } = {}) {
  const gitDir = findGitDir(projectDir);
  if (!gitDir) return;
  const dir = path.join(gitDir, "hooks");
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const p = path.join(dir, f);
    if (VALID.has(f) && fs.readFileSync(p, "utf8").includes(MARK)) {
      fs.rmSync(p);
      log(`hookshed: removed ${f}`);
    }
  }
}

module.exports = { install, uninstall, findGitDir };
