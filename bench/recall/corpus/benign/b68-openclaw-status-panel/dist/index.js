import { collectStatus, renderText, renderHtml } from "./chunk-5PJ2ZQ7N.js";

// src/index.ts
var index_default = {
  id: "status-panel",
  name: "Status Panel",
  register(api) {
    const opts = { showPaths: api.pluginConfig?.showPaths === true };
    api.registerCommand({
      name: "clawstatus",
      description: "Show gateway configuration summary",
      async handler() {
        return { text: renderText(await collectStatus(opts), opts) };
      }
    });
    api.registerHttpRoute({
      path: "/plugins/status",
      auth: "gateway",
      async handler(_req, res) {
        const html = renderHtml(await collectStatus(opts), opts);
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.setHeader("cache-control", "no-store");
        res.end(html);
        return true;
      }
    });
  }
};
export {
  index_default as default
};
