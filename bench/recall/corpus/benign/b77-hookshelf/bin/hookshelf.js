#!/usr/bin/env node
"use strict";
const { install, uninstall, add } = require("../lib");
const [cmd, ...args] = process.argv.slice(2);
try {
  let msg;
  if (!cmd || cmd === "install") msg = install(args[0]);
  else if (cmd === "uninstall") msg = uninstall();
  else if (cmd === "add") msg = add(args[0], args.slice(1).join(" "));
  else { console.error("usage: hookshelf [install [dir]] | uninstall | add <hook> <command>"); process.exit(2); }
  if (msg) console.log(msg);
} catch (e) {
  console.error(`hookshelf: ${e.message}`);
  process.exit(1);
}
