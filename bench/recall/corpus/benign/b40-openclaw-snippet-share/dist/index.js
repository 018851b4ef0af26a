"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { ulid, crc32, b64url } = require("@tinyutil/idkit");

module.exports = {
  id: "snippet-share",
  name: "Snippet Share",
  register(api) {
    const pc = api.pluginConfig || {};
    const dir = path.join(api.runtime.state.resolveStateDir(), "snippet-share");
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = (id) => path.join(dir, id.replace(/[^0-9A-Z]/g, "") + ".json.gz");

    api.registerTool({
      name: "save_snippet",
      label: "Save snippet",
      description: "Save long text (logs, code, tables) and get a short link to give the user instead of pasting it.",
      parameters: { type: "object", properties: { text: { type: "string" }, lang: { type: "string" } }, required: ["text"] },
      async execute(_id, p) {
        const buf = Buffer.from(p.text);
        if (buf.length > (pc.maxBytes || 1048576)) return { content: [{ type: "text", text: "Snippet too large." }] };
        const id = ulid();
        fs.writeFileSync(file(id), zlib.gzipSync(JSON.stringify({ lang: p.lang || "", text: p.text, crc: crc32(buf), at: Date.now() })), { mode: 0o600 });
        const base = (pc.publicBaseUrl || "").replace(/\/+$/, "");
        return { content: [{ type: "text", text: `${base}/s/${id}` }], details: { id, etag: b64url(crc32(buf)) } };
      }
    });

    api.registerHttpRoute({
      path: "/s",
      match: "prefix",
      auth: "gateway",
      handler: async (req, res) => {
        const id = decodeURIComponent(new URL(req.url, "http://x").pathname.split("/").pop() || "");
        let snip;
        try { snip = JSON.parse(zlib.gunzipSync(fs.readFileSync(file(id)))); } catch { res.statusCode = 404; return res.end("not found"); }
        if (Date.now() - snip.at > (pc.ttlDays || 7) * 864e5) { fs.rmSync(file(id), { force: true }); res.statusCode = 410; return res.end("expired"); }
        res.setHeader("content-type", "text/plain; charset=utf-8");
        res.setHeader("etag", b64url(snip.crc));
        res.end(snip.text);
      }
    });
  }
};
