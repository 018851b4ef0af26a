"use strict";

const { execFileSync } = require("child_process");

function git(args, opts = {}) {
  return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], ...opts }).trim();
}

function latestTag() {
  try {
    return git(["describe", "--tags", "--abbrev=0"]);
  } catch (_) {
    return null;
  }
}

function commits(from, to = "HEAD") {
  const range = from ? `${from}..${to}` : to;
  const out = git(["log", "--format=%H%x1f%s%x1f%b%x1e", range]);
  return out
    .split("\x1e")
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [hash, subject, body] = r.split("\x1f");
      return { hash, subject, body: body || "" };
    });
}

function remoteUrl() {
  try {
    return git(["config", "--get", "remote.origin.url"]);
  } catch (_) {
    return "";
  }
}

module.exports = { git, latestTag, commits, remoteUrl };
