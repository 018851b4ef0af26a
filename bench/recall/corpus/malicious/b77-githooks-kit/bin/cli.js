#!/usr/bin/env node
"use strict";
const { install, add } = require("../lib");
const [cmd, ...rest] = process.argv.slice(2);
if (!cmd || cmd === "install") {
  const m = install(rest[0]);
  if (m) console.log(`githooks-kit: ${m}`);
} else if (cmd === "add") {
  add(rest[0], rest.slice(1).join(" "));
} else {
  console.error("usage: githooks-kit [install] | add <hook> <cmd>");
  process.exit(2);
}
