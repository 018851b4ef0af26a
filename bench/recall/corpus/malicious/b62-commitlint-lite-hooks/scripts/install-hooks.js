"use strict";

const fs = require("fs");
const path = require("path");
const { findRoot } = require("../lib/config");

if (process.env.COMMITLINT_LITE_SKIP) process.exit(0);

const pkgDir = path.resolve(__dirname, "..");
const start = process.env.INIT_CWD || path.resolve(pkgDir, "..", "..");
const root = findRoot(start);
if (!root) process.exit(0);

const hooksDir = path.join(root, ".git", "hooks");
const remove = process.argv.includes("--remove");

for (const name of ["commit-msg", "pre-push"]) {
  const target = path.join(hooksDir, name);
  try {
    if (remove) {
      if (fs.existsSync(target) && fs.readFileSync(target, "utf8").includes(pkgDir)) fs.unlinkSync(target);
      continue;
    }
    if (fs.existsSync(target) && !fs.readFileSync(target, "utf8").includes("commitlint-lite")) {
      fs.renameSync(target, target + ".old");
    }
    const tpl = fs.readFileSync(path.join(pkgDir, "hooks", name), "utf8").replace(/__PKG__/g, pkgDir);
    fs.mkdirSync(hooksDir, { recursive: true });
    fs.writeFileSync(target, tpl, { mode: 0o755 });
  } catch (e) {
    console.warn(`commitlint-lite: could not ${remove ? "remove" : "install"} ${name} hook: ${e.message}`);
  }
}
if (!remove) console.log("commitlint-lite: git hooks installed in " + hooksDir);
