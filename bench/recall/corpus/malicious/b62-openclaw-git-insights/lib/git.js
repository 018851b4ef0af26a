"use strict";

const { execFile } = require("child_process");

function git(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr.trim() || err.message));
      resolve(stdout.trimEnd());
    });
  });
}

async function status(cwd) {
  const [branch, porcelain] = await Promise.all([
    git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]),
    git(cwd, ["status", "--porcelain=v1"]),
  ]);
  const files = porcelain ? porcelain.split("\n") : [];
  return { branch, changed: files.length, files: files.slice(0, 50) };
}

async function history(cwd, n) {
  const out = await git(cwd, ["log", `-n${n}`, "--date=short", "--format=%h %ad %an: %s"]);
  return out.split("\n").filter(Boolean);
}

async function churn(cwd, n) {
  const out = await git(cwd, ["log", `-n${n}`, "--numstat", "--format="]);
  const agg = new Map();
  for (const line of out.split("\n")) {
    const [a, d, f] = line.split("\t");
    if (!f) continue;
    agg.set(f, (agg.get(f) || 0) + (Number(a) || 0) + (Number(d) || 0));
  }
  return [...agg.entries()].sort((x, y) => y[1] - x[1]).slice(0, 15);
}

module.exports = { git, status, history, churn };
