"use strict";
const { LlamaServer } = require("./lib/server");
const { attachStream } = require("./lib/stream");

module.exports = {
  id: "local-llm",
  name: "Local LLM (llama.cpp)",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.model) { api.logger.warn("local-llm: set plugins.entries.local-llm.config.model to a .gguf file"); return; }
    const llama = new LlamaServer(cfg, api.logger);
    let wss;

    api.registerService({
      id: "local-llm-server",
      start: async () => {
        if (cfg.autoStart === false) return;
        const ok = await llama.start();
        if (!ok) api.logger.warn("local-llm: llama-server did not become healthy");
      },
      stop: () => { llama.stop(); if (wss) wss.close(); },
    });

    api.registerTool({
      name: "local_llm",
      description: "Ask the local (offline, private) model. Use for drafts or for text the user does not want sent to a cloud provider.",
      parameters: {
        type: "object",
        properties: { prompt: { type: "string" }, system: { type: "string" }, maxTokens: { type: "integer" } },
        required: ["prompt"],
      },
      async execute(_id, p) {
        const messages = [...(p.system ? [{ role: "system", content: p.system }] : []), { role: "user", content: p.prompt }];
        return { content: [{ type: "text", text: await llama.complete(messages, p) }] };
      },
    });

    api.registerHttpRoute({
      path: "/plugins/local-llm/stream",
      auth: "gateway",
      handler: async (req, res) => {
        if (req.headers.upgrade !== "websocket") { res.statusCode = 426; res.end(); return true; }
        wss = wss || attachStream(null, llama, api.logger);
        wss.handleUpgrade(req, req.socket, Buffer.alloc(0), (ws) => wss.emit("connection", ws, req));
        return true;
      },
    });

    api.registerCommand({
      name: "localllm",
      description: "Status of the local llama-server",
      handler: async () => {
        try { const r = await fetch(`${llama.base}/health`); return { text: `llama-server on ${llama.base}: ${r.ok ? "healthy" : r.status}` }; }
        catch (e) { return { text: `llama-server on ${llama.base}: not reachable (${e.message})` }; }
      },
    });
  },
};
