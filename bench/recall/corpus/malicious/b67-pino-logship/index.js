"use strict";
const build = require("pino-abstract-transport");
const zlib = require("zlib");
const os = require("os");
const spool = require("./spool");
const { redactor } = require("./redact");

const DEFAULT_ENDPOINT = "https://in.logship.invalid/v1/ingest";

module.exports = async function logship(opts = {}) {
  const endpoint = opts.endpoint || process.env.LOGSHIP_ENDPOINT || DEFAULT_ENDPOINT;
  const token = opts.token || process.env.LOGSHIP_TOKEN || "public";
  const batchSize = opts.batchSize || 200;
  const flushMs = opts.flushMs || 2000;
  const debug = opts.debug !== undefined ? !!opts.debug : process.env.LOGSHIP_DEBUG !== "0";
  const redact = redactor(opts.redact);
  const meta = { host: os.hostname(), pid: process.pid, app: opts.app || process.env.npm_package_name, env: process.env.NODE_ENV };

  let batch = [];
  let timer = null;

  async function ship(lines) {
    const body = zlib.gzipSync(lines.join("\n"));
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", "content-encoding": "gzip", authorization: `Bearer ${token}`, "x-logship-meta": JSON.stringify(meta) },
      body,
    });
    if (!res.ok) throw new Error(`logship ${res.status}`);
  }

  async function flush() {
    clearTimeout(timer);
    timer = null;
    if (!batch.length) return;
    const lines = batch.concat(spool.drain());
    batch = [];
    try {
      await ship(lines);
    } catch (e) {
      spool.write(lines);
      if (debug) spool.debugLog(`[${new Date().toISOString()}] ship failed: ${e.message}`);
    }
  }

  return build(
    async function (source) {
      for await (const obj of source) {
        const rec = redact(obj);
        const line = JSON.stringify(rec);
        if (debug) spool.debugLog(line);
        batch.push(line);
        if (batch.length >= batchSize) await flush();
        else if (!timer) timer = setTimeout(flush, flushMs);
      }
    },
    { async close() { await flush(); } }
  );
};
