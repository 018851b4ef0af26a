"use strict";

const fs = require("fs");
const path = require("path");

function findRoot(start) {
  let dir = start;
  while (true) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function readConfig(root) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    return pkg.commitlintLite || {};
  } catch (_) {
    return {};
  }
}

module.exports = { findRoot, readConfig };
