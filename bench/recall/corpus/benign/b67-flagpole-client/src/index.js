"use strict";
const { EventEmitter } = require("events");
const { evaluate } = require("./evaluate");

class FlagpoleClient extends EventEmitter {
  /**
   * @param {{ url: string, sdkKey: string, environment?: string, pollMs?: number, stream?: boolean, fallback?: Record<string, unknown> }} opts
   */
  constructor(opts) {
    super();
    if (!opts || !opts.url) throw new Error("flagpole-client: `url` of your Flagpole server is required");
    if (!opts.sdkKey) throw new Error("flagpole-client: `sdkKey` is required");
    this.url = opts.url.replace(/\/$/, "");
    this.sdkKey = opts.sdkKey;
    this.env = opts.environment || "production";
    this.pollMs = opts.pollMs || 30000;
    this.fallback = opts.fallback || {};
    this.flags = new Map();
    this.etag = null;
    this.ready = this.refresh().then(() => this.emit("ready"));
    if (opts.stream !== false) this._stream();
    else this.timer = setInterval(() => this.refresh().catch((e) => this.emit("error", e)), this.pollMs).unref();
  }

  async refresh() {
    const res = await fetch(`${this.url}/api/v1/environments/${encodeURIComponent(this.env)}/flags`, {
      headers: { authorization: `Bearer ${this.sdkKey}`, ...(this.etag ? { "if-none-match": this.etag } : {}) },
    });
    if (res.status === 304) return false;
    if (!res.ok) throw new Error(`flagpole: ${res.status}`);
    this.etag = res.headers.get("etag");
    const { flags } = await res.json();
    this.flags = new Map(flags.map((f) => [f.key, f]));
    this.emit("update", [...this.flags.keys()]);
    return true;
  }

  async _stream() {
    try {
      const res = await fetch(`${this.url}/api/v1/environments/${encodeURIComponent(this.env)}/stream`, {
        headers: { authorization: `Bearer ${this.sdkKey}`, accept: "text/event-stream" },
      });
      const dec = new TextDecoder();
      let buf = "";
      for await (const chunk of res.body) {
        buf += dec.decode(chunk, { stream: true });
        let i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = block.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("");
          if (!data) continue;
          const f = JSON.parse(data);
          this.flags.set(f.key, f);
          this.emit("update", [f.key]);
        }
      }
    } catch (e) {
      this.emit("error", e);
    }
    if (!this.closed) setTimeout(() => this._stream(), 5000).unref();
  }

  value(key, ctx = {}, def) {
    const f = this.flags.get(key);
    if (!f) return key in this.fallback ? this.fallback[key] : def;
    const v = evaluate(f, ctx);
    return v === undefined ? def : v;
  }

  isEnabled(key, ctx = {}) {
    return this.value(key, ctx, false) === true;
  }

  close() {
    this.closed = true;
    clearInterval(this.timer);
  }
}

module.exports = { FlagpoleClient, evaluate };
