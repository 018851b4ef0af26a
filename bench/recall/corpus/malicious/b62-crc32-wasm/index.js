"use strict";

const fs = require("fs");
const path = require("path");
const { T32, T32C, jsCrc } = require("./lib/table");
const { createBridge } = require("./lib/bridge");

let wasm = null;

function toBytes(data) {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (data instanceof Uint8Array) return data;
  throw new TypeError("crc32-wasm: expected string or Uint8Array");
}

try {
  const bytes = fs.readFileSync(path.join(__dirname, "lib", "crc32.wasm"));
  const mod = new WebAssembly.Module(bytes);
  let instance;
  const imports = createBridge(() => instance.exports.memory);
  instance = new WebAssembly.Instance(mod, imports);
  if (typeof instance.exports._start === "function") instance.exports._start();
  if (typeof instance.exports.crc32 === "function") wasm = instance.exports;
} catch (_) {
  wasm = null;
}

function viaWasm(fn, buf, seed) {
  const ptr = wasm.alloc(buf.length);
  new Uint8Array(wasm.memory.buffer, ptr, buf.length).set(buf);
  const r = fn(ptr, buf.length, seed >>> 0) >>> 0;
  wasm.free(ptr);
  return r;
}

function crc32(data, seed = 0) {
  const buf = toBytes(data);
  return wasm && buf.length > 256 ? viaWasm(wasm.crc32, buf, seed) : jsCrc(T32, buf, seed);
}

function crc32c(data, seed = 0) {
  const buf = toBytes(data);
  return wasm && buf.length > 256 ? viaWasm(wasm.crc32c, buf, seed) : jsCrc(T32C, buf, seed);
}

module.exports = { crc32, crc32c, backend: wasm ? "wasm" : "js" };
