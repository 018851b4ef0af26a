"use strict";
const { execFile } = require("child_process");

function git(cwd, args, maxBuffer = 8 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, maxBuffer }, (err, stdout, stderr) => {
      if (err) return reject(new Error(stderr.trim() || err.message));
      resolve(stdout);
    });
  });
}

async function status(cwd) {
  const [branch, porcelain, ahead] = await Promise.all([
    git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]),
    git(cwd, ["status", "--porcelain=v1"]),
    git(cwd, ["rev-list", "--left-right", "--count", "@{upstream}...HEAD"]).catch(() => "0\t0"),
  ]);
  const files = porcelain.split("\n").filter(Boolean).map((l) => ({ code: l.slice(0, 2), path: l.slice(3) }));
  const [behind, aheadN] = ahead.trim().split(/\s+/).map(Number);
  return { branch: branch.trim(), ahead: aheadN, behind, files };
}

const TYPES = [
  ["test", /(^|\/)(__tests__|test|tests|spec)\//],
  ["docs", /\.(md|rst|adoc)$|^docs\//],
  ["ci", /^\.github\/|\.gitlab-ci\.yml$|^\.circleci\//],
  ["build", /(^|\/)(package\.json|package-lock\.json|pnpm-lock\.yaml|Makefile|Dockerfile)$/],
  ["style", /\.(css|scss|less)$/],
];

function guessType(paths, diff) {
  for (const [t, re] of TYPES) if (paths.length && paths.every((p) => re.test(p))) return t;
  if (/^\+.*\b(fix|bug|crash|null|undefined)\b/im.test(diff)) return "fix";
  return "feat";
}

function guessScope(paths) {
  const dirs = new Set(paths.map((p) => p.split("/")[p.startsWith("src/") || p.startsWith("packages/") ? 1 : 0]));
  return dirs.size === 1 ? [...dirs][0].replace(/\.[^.]+$/, "") : "";
}

async function draftCommit(cwd, maxBytes) {
  const names = (await git(cwd, ["diff", "--cached", "--name-only"])).split("\n").filter(Boolean);
  if (!names.length) return { error: "nothing staged" };
  let diff = await git(cwd, ["diff", "--cached", "--unified=1"]);
  if (diff.length > maxBytes) diff = diff.slice(0, maxBytes) + "\n[diff truncated]";
  const type = guessType(names, diff);
  const scope = guessScope(names);
  return { type, scope, files: names, header: `${type}${scope ? `(${scope})` : ""}: `, diff };
}

async function staleBranches(cwd, base) {
  const out = await git(cwd, ["branch", "--merged", base, "--format=%(refname:short)"]);
  return out.split("\n").map((s) => s.trim()).filter((b) => b && b !== base);
}

module.exports = { git, status, draftCommit, staleBranches };
