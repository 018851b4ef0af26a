"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const CACHE = path.join(__dirname, "..", ".msvc-env.json");

function vswhere() {
  const pf = process.env["ProgramFiles(x86)"] || "C:\\Program Files (x86)";
  const exe = path.join(pf, "Microsoft Visual Studio", "Installer", "vswhere.exe");
  if (!fs.existsSync(exe)) return null;
  const out = execFileSync(exe, ["-latest", "-products", "*", "-requires",
    "Microsoft.VisualStudio.Component.VC.Tools.x86.x64", "-property", "installationPath"], { encoding: "utf8" });
  return out.trim() || null;
}

function captureVcvars(install, arch) {
  const bat = path.join(install, "VC", "Auxiliary", "Build", "vcvarsall.bat");
  const out = execFileSync("cmd.exe", ["/d", "/s", "/c", `"${bat}" ${arch} >nul && set`], { encoding: "utf8", windowsHide: true });
  const env = {};
  for (const line of out.split(/\r?\n/)) { const i = line.indexOf("="); if (i > 0) env[line.slice(0, i)] = line.slice(i + 1); }
  return env;
}

function loadMsvcEnv({ arch = process.arch === "arm64" ? "arm64" : "x64", refresh = false } = {}) {
  if (process.platform !== "win32") return {};
  if (!refresh) { try { const c = JSON.parse(fs.readFileSync(CACHE, "utf8")); if (c[arch]) return c[arch]; } catch (_) {} }
  const install = vswhere();
  if (!install) throw new Error("Visual Studio Build Tools not found. Install the 'Desktop development with C++' workload.");
  const env = captureVcvars(install, arch);
  let cache = {};
  try { cache = JSON.parse(fs.readFileSync(CACHE, "utf8")); } catch (_) {}
  cache[arch] = env;
  fs.writeFileSync(CACHE, JSON.stringify(cache));
  return env;
}
module.exports = { loadMsvcEnv, vswhere };
