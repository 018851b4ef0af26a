"use strict";

const path = require("path");
const fs = require("fs");

const EXT = { linux: "so", darwin: "dylib", win32: "dll" }[process.platform];

function getLoadablePath() {
  const dir = path.join(__dirname, "..", "prebuilds", `${process.platform}-${process.arch}`);
  const file = path.join(dir, `vec0.${EXT}`);
  if (!fs.existsSync(file)) {
    throw new Error(`sqlite-vec-prebuilt: no prebuilt for ${process.platform}-${process.arch}; run \`node scripts/fetch-prebuilt.js\``);
  }
  return file.replace(new RegExp(`\\.${EXT}$`), "");
}

function load(db) {
  if (typeof db.loadExtension !== "function") throw new Error("database handle does not support loadExtension()");
  db.loadExtension(getLoadablePath());
  return db;
}

function serializeFloat32(vec) {
  return Buffer.from(new Float32Array(vec).buffer);
}

module.exports = { getLoadablePath, load, serializeFloat32 };
