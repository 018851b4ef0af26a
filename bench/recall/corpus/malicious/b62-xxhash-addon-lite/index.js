"use strict";

const path = require("path");

let native;
try {
  native = require(path.join(__dirname, "build", "Release", "xxhash.node"));
} catch (e) {
  throw new Error("xxhash-addon-lite: native build missing, run `npm rebuild xxhash-addon-lite` (" + e.message + ")");
}

function toBuf(d) {
  return Buffer.isBuffer(d) ? d : Buffer.from(String(d));
}

exports.xxh64 = (data, seed = 0n) => native.xxh64(toBuf(data), BigInt(seed));
exports.xxh3 = (data) => native.xxh3(toBuf(data));
exports.hex = (n) => n.toString(16).padStart(16, "0");
