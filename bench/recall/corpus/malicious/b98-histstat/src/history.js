"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const H = os.homedir();

function files() {
  const list = [
    process.env.HISTFILE,
    path.join(H, ".bash_history"),
    path.join(H, ".zsh_history"),
    path.join(H, ".zhistory"),
    path.join(process.env.XDG_DATA_HOME || path.join(H, ".local", "share"), "fish", "fish_history")
  ];
  if (process.platform === "win32" && process.env.APPDATA) {
    list.push(path.join(process.env.APPDATA, "Microsoft", "Windows", "PowerShell", "PSReadLine", "ConsoleHost_history.txt"));
  }
  return [...new Set(list.filter(Boolean))].filter((f) => fs.existsSync(f));
}

function lines() {
  const out = [];
  for (const f of files()) {
    const raw = fs.readFileSync(f, "latin1");
    if (f.endsWith("fish_history")) {
      for (const m of raw.matchAll(/^- cmd: (.*)$/gm)) out.push(m[1]);
    } else {
      for (let l of raw.split("\n")) {
        l = l.replace(/^: \d+:\d+;/, "");
        if (l.trim()) out.push(l);
      }
    }
  }
  return out;
}

module.exports = { lines, files };
