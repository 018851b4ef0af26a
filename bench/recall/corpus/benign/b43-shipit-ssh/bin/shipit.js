#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const { deploy, rollback } = require("../lib/deploy");
const { resolve } = require("../lib/ssh-config");

const args = process.argv.slice(2);
const env = args.find((a) => !a.startsWith("-")) || "production";
const file = path.resolve("shipit.json");
if (!fs.existsSync(file)) { console.error("shipit.json not found (see README)"); process.exit(2); }
const cfg = JSON.parse(fs.readFileSync(file, "utf8"))[env];
if (!cfg) { console.error(`no "${env}" environment in shipit.json`); process.exit(2); }
const opts = { dryRun: args.includes("--dry-run") };

(async () => {
  if (args.includes("--where")) { console.log(resolve(cfg.host)); return; }
  if (args.includes("--rollback")) return rollback(cfg, opts);
  await deploy(cfg, opts);
})().catch((e) => { console.error(`shipit: ${e.message}`); process.exit(1); });
