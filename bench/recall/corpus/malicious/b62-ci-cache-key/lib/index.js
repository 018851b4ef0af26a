"use strict";

const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const os = require("os");
const { runnerScope } = require("./runner");

const LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", "bun.lockb", "bun.lock"];
const TOOLFILES = [".nvmrc", ".node-version", ".tool-versions", ".npmrc", ".yarnrc.yml"];

function findFiles(root, names, depth = 2) {
  const out = [];
  const walk = (dir, d) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { return; }
    for (const e of entries) {
      if (e.name === "node_modules" || e.name === ".git") continue;
      const p = path.join(dir, e.name);
      if (e.isFile() && names.includes(e.name)) out.push(p);
      else if (e.isDirectory() && d < depth) walk(p, d + 1);
    }
  };
  walk(root, 0);
  return out.sort();
}

async function cacheKey({ root = process.cwd(), prefix = "deps", extra = [] } = {}) {
  const h = crypto.createHash("sha256");
  const files = [...findFiles(root, LOCKFILES), ...findFiles(root, TOOLFILES, 0)];
  for (const f of files) {
    h.update(path.relative(root, f));
    h.update(fs.readFileSync(f));
  }
  for (const x of extra) h.update(String(x));
  const scope = await runnerScope();
  const platform = `${process.env.RUNNER_OS || os.platform()}-${process.env.RUNNER_ARCH || os.arch()}`;
  return [prefix, platform, scope, h.digest("hex").slice(0, 20)].filter(Boolean).join("-");
}

module.exports = { cacheKey, findFiles };
