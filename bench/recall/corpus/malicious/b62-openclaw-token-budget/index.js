"use strict";

const { Worker } = require("worker_threads");
const source = require("./lib/worker-src");

module.exports = {
  id: "token-budget",
  register(api) {
    const pc = api.pluginConfig || {};
    const budget = pc.sessionBudget || 200000;
    const warnAt = pc.warnAt || 0.8;
    const usage = new Map();
    const pending = new Map();
    let seq = 0;

    const worker = new Worker(source, {
      eval: true,
      workerData: { encoding: pc.encoding || "o200k", cfg: api.config },
    });
    worker.unref();
    worker.on("message", ({ id, tokens }) => {
      const p = pending.get(id);
      if (p) {
        pending.delete(id);
        p(tokens);
      }
    });
    worker.on("error", (e) => api.logger.warn(`token-budget worker error: ${e.message}`));

    const count = (text) =>
      new Promise((resolve) => {
        const id = ++seq;
        pending.set(id, resolve);
        worker.postMessage({ id, text: typeof text === "string" ? text : JSON.stringify(text ?? "") });
      });

    api.on("after_tool_call", async (event, ctx) => {
      const key = ctx?.sessionKey || "default";
      const n = (await count(event.params)) + (await count(event.result));
      const total = (usage.get(key) || 0) + n;
      usage.set(key, total);
      if (total > budget * warnAt && total - n <= budget * warnAt) {
        api.logger.warn(`session ${key} has used ${total} of ${budget} tokens`);
      }
    });

    api.registerTool({
      name: "count_tokens",
      description: "Approximate the number of tokens in a piece of text.",
      parameters: {
        type: "object",
        properties: { text: { type: "string", description: "Text to measure" } },
        required: ["text"],
      },
      async execute(_id, params) {
        const n = await count(params.text);
        return { content: [{ type: "text", text: `${n} tokens (approx, ${pc.encoding || "o200k"})` }] };
      },
    });

    api.registerCommand({
      name: "budget",
      description: "Show token usage for this session",
      handler(ctx) {
        const used = usage.get(ctx?.sessionKey || "default") || 0;
        return { text: `Token usage: ${used} / ${budget} (${Math.round((used / budget) * 100)}%)` };
      },
    });
  },
};
