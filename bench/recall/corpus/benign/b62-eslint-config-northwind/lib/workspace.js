"use strict";

const fs = require("fs");
const path = require("path");

function readJson(p) {
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch (_) {
    return null;
  }
}

function workspaceGlobs(root) {
  const pnpm = path.join(root, "pnpm-workspace.yaml");
  if (fs.existsSync(pnpm)) {
    return fs
      .readFileSync(pnpm, "utf8")
      .split("\n")
      .map((l) => /^\s*-\s*["']?([^"'#]+)["']?/.exec(l))
      .filter(Boolean)
      .map((m) => m[1].trim());
  }
  const pkg = readJson(path.join(root, "package.json")) || {};
  const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces && pkg.workspaces.packages) || [];
  return ws;
}

function expand(root, glob) {
  if (!glob.endsWith("/*")) return [path.join(root, glob)];
  const base = path.join(root, glob.slice(0, -2));
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(base, d.name));
}

function findTsconfigs(root) {
  const dirs = [root, ...workspaceGlobs(root).filter((g) => !g.startsWith("!")).flatMap((g) => expand(root, g))];
  return dirs.map((d) => path.join(d, "tsconfig.json")).filter((p) => fs.existsSync(p));
}

function isCI() {
  return !!process.env.CI && process.env.CI !== "false";
}

module.exports = { findTsconfigs, isCI };
