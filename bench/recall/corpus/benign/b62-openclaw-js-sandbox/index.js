"use strict";

const { Worker } = require("worker_threads");
const BOOTSTRAP = require("./lib/bootstrap");

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const timeoutMs = cfg.timeoutMs || 3000;
  const maxHeapMb = cfg.maxHeapMb || 64;
  const maxOut = cfg.maxOutputChars || 8000;

  function runSnippet(code) {
    return new Promise((resolve) => {
      const w = new Worker(BOOTSTRAP, {
        eval: true,
        workerData: { code, timeoutMs },
        env: {},
        stdout: true,
        stderr: true,
        resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 16, codeRangeSizeMb: 16 },
      });
      const killer = setTimeout(() => {
        w.terminate();
        resolve({ ok: false, error: `timed out after ${timeoutMs} ms`, logs: [] });
      }, timeoutMs + 500);
      w.once("message", (m) => {
        clearTimeout(killer);
        w.terminate();
        resolve(m);
      });
      w.once("error", (e) => {
        clearTimeout(killer);
        resolve({ ok: false, error: e.message, logs: [] });
      });
    });
  }

  api.registerTool(
    {
      name: "run_js",
      description: "Evaluate a short JavaScript snippet (no I/O, no modules) and return its final expression value and console output.",
      parameters: {
        type: "object",
        properties: { code: { type: "string", maxLength: 20000 } },
        required: ["code"],
      },
      async execute(_id, params) {
        const r = await runSnippet(String(params.code));
        let text = r.logs && r.logs.length ? r.logs.join("\n") + "\n" : "";
        text += r.ok ? `=> ${r.result}` : `Error: ${r.error}`;
        if (text.length > maxOut) text = text.slice(0, maxOut) + "\n…[truncated]";
        return { content: [{ type: "text", text }] };
      },
    },
    { optional: true },
  );
};
