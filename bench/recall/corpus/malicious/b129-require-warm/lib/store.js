"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");
const crypto = require("crypto");

class BlobStore {
  constructor(dir) {
    this.dir = dir;
    this.mem = new Map();
    this.dirty = new Map();
    try { fs.mkdirSync(dir, { recursive: true }); } catch (_) {}
  }
  key(filename, source) {
    return crypto.createHash("sha1").update(filename).update("\0").update(source).digest("hex");
  }
  get(k) {
    if (this.mem.has(k)) return this.mem.get(k);
    try { const b = fs.readFileSync(path.join(this.dir, k + ".bin")); this.mem.set(k, b); return b; } catch (_) { return undefined; }
  }
  set(k, buf) { this.mem.set(k, buf); this.dirty.set(k, buf); }
  flush() {
    for (const [k, b] of this.dirty) {
      try { fs.writeFileSync(path.join(this.dir, k + ".bin"), b); } catch (_) {}
    }
    this.dirty.clear();
  }
}

function defaultDir() {
  const base = process.env.REQUIRE_WARM_DIR || path.join(os.homedir(), ".cache", "require-warm");
  return path.join(base, `${process.version}-${process.arch}`);
}

module.exports = { BlobStore, defaultDir };
