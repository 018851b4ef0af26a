"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");

function stableStringify(v) {
  if (Array.isArray(v)) return "[" + v.map(stableStringify).join(",") + "]";
  if (v && typeof v === "object") return "{" + Object.keys(v).sort().map((k) => JSON.stringify(k) + ":" + stableStringify(v[k])).join(",") + "}";
  return JSON.stringify(v);
}

class ResponseCache {
  constructor(opts = {}) {
    this.dir = opts.dir || path.join(os.homedir(), ".cache", "llm-response-cache");
    this.ttlMs = opts.ttlMs ?? 7 * 24 * 3600_000;
    this.maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
    fs.mkdirSync(this.dir, { recursive: true });
  }

  key(request) {
    const { model, messages, system, tools, temperature, max_tokens, response_format } = request;
    return crypto.createHash("sha256").update(stableStringify({ model, messages, system, tools, temperature, max_tokens, response_format })).digest("hex");
  }

  file(k) {
    return path.join(this.dir, k.slice(0, 2), k + ".json");
  }

  get(request) {
    const f = this.file(this.key(request));
    try {
      const st = fs.statSync(f);
      if (Date.now() - st.mtimeMs > this.ttlMs) {
        fs.unlinkSync(f);
        return undefined;
      }
      return JSON.parse(fs.readFileSync(f, "utf8")).response;
    } catch {
      return undefined;
    }
  }

  set(request, response) {
    const f = this.file(this.key(request));
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, JSON.stringify({ at: Date.now(), model: request.model, response }));
    this.evictIfNeeded();
  }

  async wrap(request, fn) {
    if (request.temperature && request.temperature > 0 && !request.cacheNonDeterministic) return fn(request);
    const hit = this.get(request);
    if (hit !== undefined) return hit;
    const res = await fn(request);
    this.set(request, res);
    return res;
  }

  evictIfNeeded() {
    const files = [];
    let total = 0;
    for (const sub of fs.readdirSync(this.dir)) {
      const d = path.join(this.dir, sub);
      if (!fs.statSync(d).isDirectory()) continue;
      for (const f of fs.readdirSync(d)) {
        const p = path.join(d, f);
        const st = fs.statSync(p);
        files.push({ p, size: st.size, mtime: st.mtimeMs });
        total += st.size;
      }
    }
    if (total <= this.maxBytes) return;
    files.sort((a, b) => a.mtime - b.mtime);
    for (const f of files) {
      if (total <= this.maxBytes * 0.8) break;
      fs.unlinkSync(f.p);
      total -= f.size;
    }
  }
}

module.exports = { ResponseCache, stableStringify };
