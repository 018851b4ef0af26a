"use strict";
const { execFileSync } = require("child_process");

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();

function assertClean() {
  if (git("status", "--porcelain")) throw new Error("working tree is not clean");
}

function lastTag() {
  try {
    return git("describe", "--tags", "--abbrev=0");
  } catch {
    return null;
  }
}

function subjectsSince(tag) {
  const range = tag ? `${tag}..HEAD` : "HEAD";
  const out = git("log", range, "--pretty=format:%s");
  return out ? out.split("\n").filter((s) => !/^(chore\(release\)|Merge )/.test(s)) : [];
}

module.exports = { git, assertClean, lastTag, subjectsSince };
