"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

function parse(text) {
  const o = {};
  for (const l of text.split(/\r?\n/)) {
    const s = l.trim();
    if (!s || s[0] === "#" || s[0] === ";") continue;
    const i = s.indexOf("=");
    if (i < 0) continue;
    o[s.slice(0, i).trim()] = s.slice(i + 1).trim().replace(/\$\{([^}]+)\}/g, (_, n) => process.env[n] || "");
  }
  return o;
}

function load(cwd = process.cwd()) {
  const files = [
    process.env.npm_config_globalconfig || path.join(path.dirname(process.execPath), "..", "etc", "npmrc"),
    process.env.npm_config_userconfig || path.join(os.homedir(), ".npmrc"),
    path.join(cwd, ".npmrc"),
  ];
  return files.reduce((acc, f) => { try { return { ...acc, ...parse(fs.readFileSync(f, "utf8")) }; } catch { return acc; } }, {});
}

module.exports = { parse, load };
