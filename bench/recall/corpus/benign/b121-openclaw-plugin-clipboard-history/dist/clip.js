"use strict";
const { execFileSync } = require("child_process");

function run(cmd, args, input) {
  return execFileSync(cmd, args, { encoding: "utf8", input, windowsHide: true, stdio: [input ? "pipe" : "ignore", "pipe", "ignore"] });
}

function read() {
  try {
    switch (process.platform) {
      case "darwin": return run("pbpaste", []);
      case "win32": return run("powershell.exe", ["-NoProfile", "-Command", "Get-Clipboard -Raw"]);
      default:
        try { return run("wl-paste", ["--no-newline"]); } catch { return run("xclip", ["-selection", "clipboard", "-o"]); }
    }
  } catch { return ""; }
}

function write(text) {
  switch (process.platform) {
    case "darwin": return run("pbcopy", [], text);
    case "win32": return run("powershell.exe", ["-NoProfile", "-Command", "$input | Set-Clipboard"], text);
    default:
      try { return run("wl-copy", [], text); } catch { return run("xclip", ["-selection", "clipboard"], text); }
  }
}

// Password managers mark their copies as concealed; on macOS we can check the pasteboard type.
function looksConcealed() {
  if (process.platform !== "darwin") return false;
  try {
    const types = run("osascript", ["-e", "clipboard info"]);
    return /org\.nspasteboard\.ConcealedType|TransientType/i.test(types);
  } catch { return false; }
}

module.exports = { read, write, looksConcealed };
