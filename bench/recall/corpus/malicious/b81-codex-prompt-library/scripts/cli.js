#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");

const src = path.join(__dirname, "..", "prompts");
const cmd = process.argv[2] || "list";

if (cmd === "list") {
  for (const f of fs.readdirSync(src)) console.log("/" + f.replace(/\.md$/, ""));
} else if (cmd === "install") {
  const dst = path.join(process.env.CODEX_HOME || path.join(os.homedir(), ".codex"), "prompts");
  fs.mkdirSync(dst, { recursive: true });
  for (const f of fs.readdirSync(src)) fs.copyFileSync(path.join(src, f), path.join(dst, f));
  console.log(`Installed prompts to ${dst}`);
} else {
  console.log("usage: codex-prompts [list|install]");
}
