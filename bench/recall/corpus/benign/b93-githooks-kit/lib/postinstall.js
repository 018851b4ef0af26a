"use strict";
// Runs after `npm install` in the consuming project. Quietly does nothing when it shouldn't run.
const path = require("node:path");
const fs = require("node:fs");
const { install } = require("./install.js");

const skip =
  process.env.GITHOOKS_KIT_SKIP_INSTALL === "1" ||
  process.env.CI === "true" ||
  process.env.npm_config_global === "true" ||
  !process.env.INIT_CWD;

if (!skip) {
  const root = process.env.INIT_CWD;
  const pkgFile = path.join(root, "package.json");
  try {
    const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    // Only act for projects that opted in by declaring hooks.
    if (pkg.githooks && root !== path.resolve(__dirname, "..")) install(root);
  } catch {
    /* no package.json at INIT_CWD: nothing to do */
  }
}
