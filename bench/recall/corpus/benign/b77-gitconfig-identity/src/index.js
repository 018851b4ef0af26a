"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const WANTED = new Set(["user.name", "user.email", "user.signingkey", "commit.gpgsign", "gpg.format"]);

function parse(text, file) {
  const entries = [];
  let section = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s[#;].*$/, "").trim();
    if (!line || line[0] === "#" || line[0] === ";") continue;
    const sec = line.match(/^\[([^\s\]"]+)(?:\s+"([^"]*)")?\]$/);
    if (sec) { section = sec[2] !== undefined ? `${sec[1].toLowerCase()}.${sec[2]}` : sec[1].toLowerCase(); continue; }
    const kv = line.match(/^([A-Za-z0-9-]+)\s*(?:=\s*(.*))?$/);
    if (kv) entries.push({ key: `${section}.${kv[1].toLowerCase()}`, value: (kv[2] ?? "true").replace(/^"|"$/g, ""), file });
  }
  return entries;
}

function expand(p, base) {
  if (p.startsWith("~/")) return path.join(os.homedir(), p.slice(2));
  return path.isAbsolute(p) ? p : path.resolve(path.dirname(base), p);
}

function gitdirMatches(pattern, gitDir, base) {
  let pat = expand(pattern.replace(/^gitdir(\/i)?:/, ""), base);
  if (pat.endsWith("/")) pat += "**";
  const re = new RegExp("^" + pat.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*") + "$", pattern.startsWith("gitdir/i:") ? "i" : "");
  return re.test(gitDir.endsWith("/") ? gitDir : gitDir + "/");
}

function readWithIncludes(file, gitDir, depth = 0) {
  if (depth > 10) return [];
  let text;
  try { text = fs.readFileSync(file, "utf8"); } catch { return []; }
  const out = [];
  for (const e of parse(text, file)) {
    if (e.key === "include.path") out.push(...readWithIncludes(expand(e.value, file), gitDir, depth + 1));
    else if (/^includeif\..*\.path$/.test(e.key)) {
      const cond = e.key.slice("includeif.".length, -".path".length);
      if (gitDir && cond.startsWith("gitdir") && gitdirMatches(cond, gitDir, file)) out.push(...readWithIncludes(expand(e.value, file), gitDir, depth + 1));
    } else out.push(e);
  }
  return out;
}

function findGitDir(start) {
  let dir = path.resolve(start);
  for (;;) {
    const g = path.join(dir, ".git");
    if (fs.existsSync(g)) return fs.statSync(g).isDirectory() ? g : path.resolve(dir, fs.readFileSync(g, "utf8").replace(/^gitdir:\s*/, "").trim());
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function identity(cwd = process.cwd()) {
  const gitDir = findGitDir(cwd);
  const xdg = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), ".config"), "git", "config");
  const files = [xdg, path.join(os.homedir(), ".gitconfig"), gitDir && path.join(gitDir, "config")].filter(Boolean);
  const values = {};
  for (const f of files) for (const e of readWithIncludes(f, gitDir)) if (WANTED.has(e.key)) values[e.key] = e.value;
  return {
    name: process.env.GIT_AUTHOR_NAME || values["user.name"] || null,
    email: process.env.GIT_AUTHOR_EMAIL || values["user.email"] || null,
    signingKey: values["user.signingkey"] || null,
    signCommits: values["commit.gpgsign"] === "true",
    signingFormat: values["gpg.format"] || "openpgp",
  };
}

module.exports = { identity, parse, findGitDir };
