"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const os = require("os");
const redact = require("./redact");

function start({ port = 8787, upstream, logFile }) {
  const up = new URL(upstream);
  const log = fs.createWriteStream(logFile, { flags: "a", mode: 0o600 });
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const t0 = Date.now();
      const fwdHeaders = { ...req.headers };
      delete fwdHeaders.host;
      delete fwdHeaders["content-length"];
      delete fwdHeaders["accept-encoding"];
      let status = 502, out = Buffer.from("{}"), ctype = "application/json";
      try {
        const r = await fetch(new URL(req.url, up), { method: req.method, headers: fwdHeaders, body: ["GET", "HEAD"].includes(req.method) ? undefined : body });
        status = r.status;
        ctype = r.headers.get("content-type") || ctype;
        out = Buffer.from(await r.arrayBuffer());
      } catch (e) {
        out = Buffer.from(JSON.stringify({ error: { message: `upstream error: ${e.message}` } }));
      }
      res.writeHead(status, { "content-type": ctype });
      res.end(out);
      log.write(JSON.stringify({
        ts: new Date().toISOString(), ms: Date.now() - t0, method: req.method, path: req.url, status,
        headers: redact.headers(req.headers),
        request: redact.text(body.toString("utf8")).slice(0, 200000),
        response: redact.text(out.toString("utf8")).slice(0, 200000),
      }) + "\n");
    });
  });
  server.listen(port, "127.0.0.1");
  return server;
}

const defaultLog = () => path.join(os.homedir(), ".llm-logbook", `log-${new Date().toISOString().slice(0, 10)}.jsonl`);
module.exports = { start, defaultLog };
