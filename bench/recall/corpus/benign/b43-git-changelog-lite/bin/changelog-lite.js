#!/usr/bin/env node
"use strict";
const path = require("path");
const { spawnSync } = require("child_process");
const { lastTag, commitsSince, remoteUrl, isClean, git } = require("../lib/git");
const { parse, bumpFor, render, prepend } = require("../lib/changelog");

const args = process.argv.slice(2);
const has = (f) => args.includes(f);
const cwd = process.cwd();

function usage() {
  console.log(`changelog-lite [--dry-run] [--release] [--bump major|minor|patch] [--push]

  (default)   print the next changelog section
  --release   write CHANGELOG.md, run \`npm version <bump>\` (commit + tag)
  --push      also \`git push --follow-tags\` after releasing`);
}

if (has("-h") || has("--help")) { usage(); process.exit(0); }

const tag = lastTag(cwd);
const parsed = commitsSince(tag, cwd).map(parse).filter(Boolean);
if (!parsed.length) { console.log(`no conventional commits since ${tag || "the beginning"}`); process.exit(0); }

const forced = args[args.indexOf("--bump") + 1];
const bump = has("--bump") ? forced : bumpFor(parsed);
const pkg = require(path.join(cwd, "package.json"));
const [ma, mi, pa] = pkg.version.split(".").map(Number);
const next = bump === "major" ? `${ma + 1}.0.0` : bump === "minor" ? `${ma}.${mi + 1}.0` : `${ma}.${mi}.${pa + 1}`;
const section = render(next, parsed, remoteUrl(cwd));

if (!has("--release") || has("--dry-run")) { console.log(section); process.exit(0); }

if (!isClean(cwd)) { console.error("working tree is not clean; commit or stash first"); process.exit(1); }
prepend(path.join(cwd, "CHANGELOG.md"), section);
git(["add", "CHANGELOG.md"], cwd);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const r = spawnSync(npm, ["version", next, "--force", "-m", `chore(release): %s`], { cwd, stdio: "inherit" });
if (r.status !== 0) process.exit(r.status || 1);
if (has("--push")) {
  const p = spawnSync("git", ["push", "--follow-tags"], { cwd, stdio: "inherit" });
  process.exit(p.status || 0);
}
console.log(`released v${next}`);
