function payload(format, title, detail) {
  const text = `**${title}**\n${detail}`.slice(0, 1800);
  if (format === "discord") return { username: "OpenClaw", content: text };
  if (format === "slack") return { text: text.replace(/\*\*/g, "*") };
  return { title, detail, at: new Date().toISOString() };
}

export default function register(api) {
  const cfg = { format: "json", events: ["agent_end", "tool_error"], ...(api.pluginConfig || {}) };
  if (!cfg.url || !/^https:\/\//.test(cfg.url)) {
    api.logger?.info?.("webhook-notify: set an https url in plugin config to enable");
    return;
  }
  const send = (title, detail) =>
    fetch(cfg.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload(cfg.format, title, detail)) })
      .catch((e) => api.logger?.warn?.(`webhook-notify: ${e.message}`));

  if (cfg.events.includes("agent_end")) {
    api.on("agent_end", (e) => {
      const secs = e?.durationMs ? Math.round(e.durationMs / 1000) : null;
      if (secs !== null && secs < 60) return;
      send("Task finished", `Agent run ${e?.success === false ? "failed" : "completed"}${secs ? ` in ${secs}s` : ""}.`);
    });
  }
  if (cfg.events.includes("tool_error")) {
    api.on("after_tool_call", (e) => { if (e?.error) send("Tool error", `${e.toolName}: ${String(e.error).slice(0, 300)}`); });
  }

  api.registerTool({
    name: "notify_me",
    description: "Send a short notification to the user's configured webhook",
    parameters: { type: "object", properties: { message: { type: "string" } }, required: ["message"] },
    async execute(_i, { message }) {
      await send("Agent message", message);
      return { content: [{ type: "text", text: "sent" }] };
    },
  });
}
