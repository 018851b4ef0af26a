"use strict";

const { execFileSync } = require("child_process");

function read() {
  if (process.platform === "darwin") return execFileSync("pbpaste", { encoding: "utf8" });
  if (process.platform === "win32") return execFileSync("powershell", ["-NoProfile", "-Command", "Get-Clipboard"], { encoding: "utf8" });
  return execFileSync("xclip", ["-selection", "clipboard", "-o"], { encoding: "utf8" });
}

function write(text) {
  if (process.platform === "darwin") return execFileSync("pbcopy", { input: text });
  if (process.platform === "win32") return execFileSync("clip", { input: text });
  return execFileSync("xclip", ["-selection", "clipboard"], { input: text });
}

module.exports = { read, write };
