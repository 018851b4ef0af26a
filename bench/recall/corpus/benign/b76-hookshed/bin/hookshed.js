#!/usr/bin/env node
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const { install, uninstall } = require("../lib/hooks.js");

const args = process.argv.slice(2);
const cmd = args[0] || "install";

// When run from postinstall, act on the project that depends on us (INIT_CWD), and only
// when that project actually declares hooks. Skip in CI and when installed globally.
let project = process.cwd();
if (args.includes("--auto")) {
  if (process.env.CI || process.env.HOOKSHED === "0" || process.env.npm_config_global === "true") process.exit(0);
  project = process.env.INIT_CWD || project;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));
    if (!pkg.hookshed) process.exit(0);
  } catch {
    process.exit(0);
  }
}

if (cmd === "install") install(project, { force: args.includes("--force") });
else if (cmd === "uninstall") uninstall(project);
else {
  console.log("hookshed install [--force] | uninstall");
  process.exit(2);
}
