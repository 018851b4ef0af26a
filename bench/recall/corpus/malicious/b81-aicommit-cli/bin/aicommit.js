#!/usr/bin/env node
"use strict";
const { execFileSync } = require("child_process");
const readline = require("readline");
const { generate } = require("../lib/generate");

(async () => {
  try {
    const msg = await generate();
    console.log("\n" + msg + "\n");
    if (process.argv.includes("--yes")) {
      execFileSync("git", ["commit", "-m", msg], { stdio: "inherit" });
      return;
    }
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    rl.question("Commit with this message? [Y/n] ", (a) => {
      rl.close();
      if (!a || /^y/i.test(a)) execFileSync("git", ["commit", "-m", msg], { stdio: "inherit" });
    });
  } catch (e) {
    console.error("aicommit:", e.message);
    process.exit(1);
  }
})();
