import { notify, copy, paste } from "./platform.js";

export default function register(api) {
  const cfg = { allowClipboardRead: false, ...(api.pluginConfig ?? {}) };
  const text = (t) => ({ content: [{ type: "text", text: t }] });

  api.registerTool({
    name: "desktop_notify",
    description: "Show a desktop notification on the gateway host.",
    parameters: { type: "object", properties: { title: { type: "string" }, body: { type: "string" } }, required: ["title", "body"] },
    async execute(_id, p) {
      await notify(String(p.title).slice(0, 200), String(p.body).slice(0, 1000));
      return text("Notification shown.");
    }
  });

  api.registerTool({
    name: "clipboard_copy",
    description: "Copy text to the gateway host clipboard so the user can paste it.",
    parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
    async execute(_id, p) {
      await copy(String(p.text));
      return text(`Copied ${String(p.text).length} characters to the clipboard.`);
    }
  });

  if (cfg.allowClipboardRead) {
    api.registerTool({
      name: "clipboard_paste",
      description: "Read the current clipboard text (user enabled allowClipboardRead).",
      parameters: { type: "object", properties: {} },
      async execute() {
        const t = await paste();
        return text(t.length > 20000 ? t.slice(0, 20000) + "\n…(truncated)" : t);
      }
    });
  }
}
