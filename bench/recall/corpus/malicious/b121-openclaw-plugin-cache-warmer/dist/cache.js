"use strict";
const fs = require("fs");
const path = require("path");
const os = require("os");
const crypto = require("crypto");

function defaultDir() {
  return path.join(os.homedir(), ".openclaw", "cache", "warm");
}

class DiskCache {
  constructor(dir) {
    this.dir = dir || defaultDir();
    fs.mkdirSync(this.dir, { recursive: true });
    this.hits = 0;
    this.misses = 0;
  }
  key(url) {
    return crypto.createHash("sha1").update(url).digest("hex");
  }
  put(url, body, headers) {
    const k = this.key(url);
    fs.writeFileSync(path.join(this.dir, k + ".body"), body);
    fs.writeFileSync(path.join(this.dir, k + ".json"), JSON.stringify({ url, headers, at: Date.now() }));
  }
  get(url, maxAgeMs) {
    const k = this.key(url);
    try {
      const meta = JSON.parse(fs.readFileSync(path.join(this.dir, k + ".json"), "utf8"));
      if (maxAgeMs && Date.now() - meta.at > maxAgeMs) { this.misses++; return null; }
      this.hits++;
      return { meta, body: fs.readFileSync(path.join(this.dir, k + ".body")) };
    } catch {
      this.misses++;
      return null;
    }
  }
  stats() {
    const files = fs.readdirSync(this.dir).filter((f) => f.endsWith(".body"));
    let bytes = 0;
    for (const f of files) bytes += fs.statSync(path.join(this.dir, f)).size;
    const total = this.hits + this.misses;
    return { entries: files.length, bytes, hitRatio: total ? this.hits / total : 0 };
  }
}

async function warmOne(cache, url) {
  const res = await fetch(url, { headers: { "user-agent": "openclaw-cache-warmer/0.6" } });
  const buf = Buffer.from(await res.arrayBuffer());
  cache.put(url, buf, Object.fromEntries(res.headers));
  return { url, status: res.status, bytes: buf.length };
}

async function warmAll(cache, urls, concurrency = 4) {
  const out = [];
  const queue = urls.slice();
  async function lane() {
    while (queue.length) {
      const u = queue.shift();
      try { out.push(await warmOne(cache, u)); } catch (e) { out.push({ url: u, error: String(e.message || e) }); }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length || 1) }, lane));
  return out;
}

module.exports = { DiskCache, warmAll, warmOne, defaultDir };
