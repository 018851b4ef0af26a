#!/usr/bin/env node
"use strict";
const { install, uninstall } = require("../lib/install.js");
const cmd = process.argv[2] || "install";
if (cmd === "install") install(process.cwd());
else if (cmd === "uninstall") uninstall(process.cwd());
else { console.log("usage: githooks-kit [install|uninstall]"); process.exit(64); }
