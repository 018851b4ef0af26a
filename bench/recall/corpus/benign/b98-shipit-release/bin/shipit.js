#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const semver = require("semver");
const { git, assertClean, lastTag, subjectsSince } = require("../lib/git");
const { publish, npm } = require("../lib/publish");

const args = process.argv.slice(2);
const bump = args.find((a) => ["patch", "minor", "major", "prerelease"].includes(a)) || "patch";
const doPublish = args.includes("--publish");
const distTag = (args.find((a) => a.startsWith("--tag=")) || "").slice(6) || undefined;

function main() {
  const pkgPath = path.resolve("package.json");
  const pkg = JSON.parse(fs.readFileSync(pkgPath, "utf8"));
  if (pkg.private) throw new Error("package is private");
  assertClean();

  const next = semver.inc(pkg.version, bump, "rc");
  const prev = lastTag();
  const notes = subjectsSince(prev).map((s) => `- ${s}`).join("\n") || "- maintenance";
  const entry = `## ${next} (${new Date().toISOString().slice(0, 10)})\n\n${notes}\n\n`;

  console.log(`${pkg.name}: ${pkg.version} -> ${next}\n\n${entry}`);
  console.log("packed files:");
  npm(["pack", "--dry-run"]);

  if (!doPublish) {
    console.log("\ndry run; pass --publish to release.");
    publish({ dryRun: true, tag: distTag });
    return;
  }

  pkg.version = next;
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + "\n");
  const cl = path.resolve("CHANGELOG.md");
  const old = fs.existsSync(cl) ? fs.readFileSync(cl, "utf8").replace(/^# Changelog\n\n/, "") : "";
  fs.writeFileSync(cl, `# Changelog\n\n${entry}${old}`);
  git("add", "package.json", "CHANGELOG.md");
  git("commit", "-m", `chore(release): ${next}`);
  git("tag", "-a", `v${next}`, "-m", `v${next}`);
  publish({ dryRun: false, tag: distTag });
  git("push", "--follow-tags");
  console.log(`released ${pkg.name}@${next}`);
}

try {
  main();
} catch (e) {
  console.error(`shipit: ${e.message}`);
  process.exit(1);
}
