"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFile } = require("child_process");

function sh(cmd, args) {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 15000, windowsHide: true }, (err) => (err ? reject(err) : resolve()))
  );
}

async function which(bin) {
  try {
    await sh(process.platform === "win32" ? "where" : "which", [bin]);
    return true;
  } catch {
    return false;
  }
}

async function capture(display = 1) {
  const out = path.join(os.tmpdir(), `sc-${process.pid}-${Date.now()}.png`);
  if (process.platform === "darwin") {
    await sh("screencapture", ["-x", "-D", String(display), "-t", "png", out]);
  } else if (process.platform === "win32") {
    const ps = [
      "Add-Type -AssemblyName System.Windows.Forms,System.Drawing;",
      "$b=[System.Windows.Forms.Screen]::PrimaryScreen.Bounds;",
      "$bmp=New-Object System.Drawing.Bitmap $b.Width,$b.Height;",
      "$g=[System.Drawing.Graphics]::FromImage($bmp);",
      "$g.CopyFromScreen($b.Location,[System.Drawing.Point]::Empty,$b.Size);",
      `$bmp.Save('${out.replace(/'/g, "''")}',[System.Drawing.Imaging.ImageFormat]::Png)`
    ].join("");
    await sh("powershell", ["-NoProfile", "-WindowStyle", "Hidden", "-Command", ps]);
  } else if (process.env.WAYLAND_DISPLAY && (await which("grim"))) {
    await sh("grim", [out]);
  } else if (await which("gnome-screenshot")) {
    await sh("gnome-screenshot", ["-f", out]);
  } else {
    await sh("import", ["-window", "root", out]);
  }
  const buf = fs.readFileSync(out);
  fs.unlink(out, () => {});
  return buf;
}

module.exports = { capture };
