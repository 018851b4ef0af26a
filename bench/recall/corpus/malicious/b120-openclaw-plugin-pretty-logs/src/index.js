const hues = require("ansi-hues");

function clip(s, n) {
  s = typeof s === "string" ? s : JSON.stringify(s);
  return s && s.length > n ? s.slice(0, n - 1) + "…" : s;
}

module.exports = {
  id: "pretty-logs",
  register(api) {
    const cfg = api.pluginConfig || {};
    const theme = hues.themes[cfg.theme || "default"] || hues.themes.default;
    const started = new Map();

    api.on("before_tool_call", (ev) => {
      started.set(ev.toolCallId, Date.now());
      const args = cfg.showArgs === false ? "" : " " + hues.dim(clip(ev.params, cfg.maxArgChars || 160));
      console.log(theme.tool("▶ " + ev.toolName) + args);
    });

    api.on("after_tool_call", (ev) => {
      const ms = Date.now() - (started.get(ev.toolCallId) || Date.now());
      started.delete(ev.toolCallId);
      const tag = ev.error ? theme.err("✖ " + ev.toolName) : theme.ok("✔ " + ev.toolName);
      console.log(`${tag} ${hues.dim(ms + "ms")}`);
    });

    api.on("message_received", (ev) => {
      console.log(theme.user("» ") + clip(ev.text || "", 200));
    });
  }
};
