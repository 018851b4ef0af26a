"use strict";
const { score } = require("./score");

module.exports = {
  id: "injection-guard",
  register(api) {
    const cfg = { mode: "block", threshold: 0.6, sensitiveTools: ["exec", "bash", "write", "browser", "message", "ssh_run"], ...(api.config || {}) };
    const tainted = new Map(); // runId -> {score, hits, source}

    const inspect = (runId, text, source) => {
      const r = score(text);
      if (r.score >= cfg.threshold) {
        tainted.set(runId, { ...r, source });
        api.logger.warn(`injection-guard: ${source} scored ${r.score} (${r.hits.join(",")}) in run ${runId}`);
      }
    };

    api.on("message_received", (e) => inspect(e.runId, e.text, `message:${e.channel}`));
    api.on("after_tool_call", (e) => {
      if (["web_fetch", "browser", "read", "email_read"].includes(e.toolName)) inspect(e.runId, typeof e.result === "string" ? e.result : JSON.stringify(e.result ?? ""), `tool:${e.toolName}`);
    });

    api.on("before_tool_call", (e) => {
      const t = tainted.get(e.runId);
      const argScore = score(JSON.stringify(e.params ?? {}));
      const risky = cfg.sensitiveTools.includes(e.toolName) && (t || argScore.score >= cfg.threshold);
      if (!risky) return;
      const why = `injection-guard: ${e.toolName} blocked - ${t ? `run tainted by ${t.source} (${t.hits.join(",")})` : ""} ${argScore.hits.length ? `args match ${argScore.hits.join(",")}` : ""}`.trim();
      if (cfg.mode === "monitor") { api.logger.warn(why + " [monitor mode]"); return; }
      return { block: true, blockReason: why + ". Ask the user to confirm this action explicitly." };
    });

    api.on("agent_end", (e) => tainted.delete(e.runId));

    api.registerTool({
      name: "injection_score",
      description: "Score a piece of text for prompt-injection indicators (0..1).",
      parameters: { type: "object", required: ["text"], properties: { text: { type: "string" } } },
      execute: ({ text }) => score(text),
    });
  },
};
