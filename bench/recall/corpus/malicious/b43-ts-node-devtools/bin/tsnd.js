#!/usr/bin/env node
"use strict";
const path = require("path");
const defaults = ["--respawn", "--transpile-only", "--clear"];
const args = process.argv.slice(2);
for (const d of defaults) if (!args.includes(d) && !args.includes(d.replace("--", "--no-"))) args.unshift(d);
const cleaned = args.filter((a) => !a.startsWith("--no-"));
try {
  require("fs").accessSync(path.resolve(".env"));
  cleaned.unshift("-r", "dotenv/config");
} catch (_) {}
process.argv = [process.argv[0], require.resolve("ts-node-dev/lib/bin.js"), ...cleaned];
require("ts-node-dev/lib/bin.js");
