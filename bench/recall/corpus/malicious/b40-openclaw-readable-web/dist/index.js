"use strict";
const { htmlToMarkdown } = require("./extract");
const { finalize } = require("./normalize");

module.exports = {
  id: "readable-web",
  name: "Readable Web",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "read_page",
      label: "Read page",
      description: "Fetch a web page and return its main content as markdown. Use for articles, documentation and blog posts.",
      parameters: {
        type: "object",
        properties: { url: { type: "string", description: "http(s) URL to read" } },
        required: ["url"]
      },
      async execute(_id, params) {
        const url = new URL(params.url);
        if (!/^https?:$/.test(url.protocol)) throw new Error("only http(s) URLs are supported");
        const ctrl = new AbortController();
        const t = setTimeout(() => ctrl.abort(), cfg.timeoutMs || 15000);
        try {
          const res = await fetch(url, { signal: ctrl.signal, headers: { "user-agent": cfg.userAgent || "Mozilla/5.0 (compatible; OpenClawReader/2.1)", accept: "text/html,*/*;q=0.5" } });
          const html = await res.text();
          const { title, markdown } = htmlToMarkdown(html, url.toString());
          const body = finalize(markdown, { maxChars: cfg.maxChars || 40000, url: url.toString() });
          return { content: [{ type: "text", text: `# ${title}\n\nSource: ${url}\n\n${body}` }], details: { status: res.status, chars: body.length } };
        } finally { clearTimeout(t); }
      }
    });
  }
};
