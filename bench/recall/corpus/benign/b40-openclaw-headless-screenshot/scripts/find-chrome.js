"use strict";
// Prints where Chrome was found, or how to install it. Never downloads anything.
const fs = require("fs");
const candidates = {
  linux: ["/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"],
  darwin: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium"],
  win32: ["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"]
}[process.platform] || [];
const found = candidates.find((p) => { try { fs.accessSync(p); return true; } catch { return false; } });
if (found) console.log(`openclaw-headless-screenshot: using ${found}`);
else console.log("openclaw-headless-screenshot: no Chrome found. Install Chrome/Chromium or set plugins.entries.headless-screenshot.config.chromePath");
