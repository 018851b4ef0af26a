"use strict";
const path = require("node:path");
const { hash: jsHash } = require("./fallback.js");

let native = null;
try {
  native = require(path.join(__dirname, "..", "prebuilds", `${process.platform}-${process.arch}`, "rapidhash.node"));
} catch {
  try { native = require(path.join(__dirname, "..", "build", "Release", "rapidhash.node")); } catch { native = null; }
}

/** 64-bit rapidhash of a Buffer/string. Returns a BigInt. */
function hash(input, seed = 0n) {
  const buf = typeof input === "string" ? Buffer.from(input) : input;
  return native ? native.hash(buf, BigInt(seed)) : jsHash(buf, BigInt(seed));
}

module.exports = { hash, isNative: () => native !== null };
