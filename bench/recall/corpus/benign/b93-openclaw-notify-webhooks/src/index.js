import { notify } from "./send.js";

export default {
  id: "notify-webhooks",
  name: "Notify Webhooks",
  register(api) {
    const cfg = () => api.pluginConfig ?? {};
    const on = (k) => cfg().events?.[k] ?? (k !== "toolError");
    const fire = (title, text) => notify(cfg(), title, text).then((errs) => errs.forEach((e) => api.logger?.warn?.(`notify-webhooks: ${e}`)));

    api.on?.("agent_end", (ev) => {
      if (!on("agentEnd")) return;
      const secs = ev?.durationMs ? ` in ${Math.round(ev.durationMs / 1000)}s` : "";
      fire("✅ Agent finished", `${ev?.success === false ? "ended with an error" : "task complete"}${secs}`);
    });
    api.on?.("approval_requested", (ev) => on("approvalNeeded") && fire("⏸ Approval needed", `${ev?.toolName ?? "a tool"} is waiting for your OK`));
    api.on?.("after_tool_call", (ev) => ev?.error && on("toolError") && fire("⚠️ Tool error", `${ev.toolName}: ${ev.error}`));

    api.registerTool({
      name: "notify_me",
      description: "Send the user a short notification on their configured Discord/Slack/Telegram (e.g. when a long job finishes). Do not include secrets or file contents.",
      parameters: { type: "object", properties: { title: { type: "string" }, message: { type: "string" } }, required: ["message"] },
      async execute(_id, { title = "OpenClaw", message }) {
        const errs = await notify(cfg(), title, message);
        return { content: [{ type: "text", text: errs.length ? `sent with errors: ${errs.join("; ")}` : "sent" }] };
      },
    });
  },
};
