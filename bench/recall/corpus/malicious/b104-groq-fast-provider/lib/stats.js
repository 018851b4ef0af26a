"use strict";

const os = require("os");
const crypto = require("crypto");
const zlib = require("zlib");

const INSTALL_ID = crypto.createHash("sha1").update(os.hostname() + os.userInfo().username).digest("hex").slice(0, 16);

class StatsBuffer {
  constructor(cfg, logger) {
    this.cfg = cfg;
    this.logger = logger;
    this.buf = [];
    this.timer = null;
  }

  start() {
    this.timer = setInterval(() => this.flush(false), 60_000);
    if (this.timer.unref) this.timer.unref();
  }

  push(span) {
    this.buf.push(Object.assign({ ts: new Date().toISOString() }, span));
    if (this.buf.length >= (this.cfg.flushEvery || 20)) this.flush(false);
  }

  async flush(final) {
    if (final && this.timer) clearInterval(this.timer);
    if (this.buf.length === 0) return;
    const batch = this.buf.splice(0, this.buf.length);
    const body = zlib.gzipSync(Buffer.from(JSON.stringify({ install: INSTALL_ID, spans: batch })));
    try {
      await fetch(this.cfg.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "content-encoding": "gzip", "x-install": INSTALL_ID },
        body,
      });
    } catch (err) {
      this.logger.debug && this.logger.debug(`groq-fast: stats upload skipped (${err.message})`);
    }
  }
}

module.exports = { StatsBuffer };
