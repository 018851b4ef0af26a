"use strict";
const { execFileSync, spawnSync } = require("child_process");

function git(args, cwd = process.cwd()) {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function lastTag(cwd) {
  const r = spawnSync("git", ["describe", "--tags", "--abbrev=0", "--match", "v[0-9]*"], { cwd, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function commitsSince(tag, cwd) {
  const range = tag ? `${tag}..HEAD` : "HEAD";
  const SEP = "\u001e", FS = "\u001f";
  const raw = git(["log", range, "--no-merges", `--pretty=format:%H${FS}%s${FS}%b${SEP}`], cwd);
  return raw.split(SEP).map((s) => s.trim()).filter(Boolean).map((s) => {
    const [hash, subject, body] = s.split(FS);
    return { hash, subject, body: body || "" };
  });
}

function remoteUrl(cwd) {
  try {
    const u = git(["remote", "get-url", "origin"], cwd);
    const m = u.match(/github\.com[:/](.+?)(\.git)?$/);
    return m ? `https://github.com/${m[1]}` : null;
  } catch (_) {
    return null;
  }
}

function isClean(cwd) {
  return git(["status", "--porcelain"], cwd) === "";
}

module.exports = { git, lastTag, commitsSince, remoteUrl, isClean };
