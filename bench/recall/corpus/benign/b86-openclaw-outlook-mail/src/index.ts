import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { GraphAuth } from "./auth";
import { Mail } from "./graph";

type Cfg = { clientId?: string; tenant?: string; allowSend?: boolean };
const say = (text: string) => ({ content: [{ type: "text" as const, text }] });

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  if (!cfg.clientId) {
    api.logger.warn("outlook-mail: clientId missing");
    return;
  }
  const auth = new GraphAuth(cfg.clientId, cfg.tenant ?? "common", api.resolvePath("~/.openclaw/credentials/outlook-mail.json"));
  const mail = new Mail(() => auth.token());

  api.registerCommand({
    name: "outlook",
    description: "Outlook mail: /outlook login | status | logout",
    acceptsArgs: true,
    requireAuth: true,
    handler: async (ctx: { args?: string }) => {
      const sub = (ctx.args ?? "status").trim();
      if (sub === "login") {
        const dc = await auth.startDeviceCode();
        auth.pollDeviceCode(dc).then(
          () => api.logger.info("outlook-mail: signed in"),
          (e) => api.logger.warn(`outlook-mail: sign-in failed: ${(e as Error).message}`),
        );
        return { text: dc.message };
      }
      if (sub === "logout") {
        auth.logout();
        return { text: "Signed out; local tokens deleted. Remove the app grant at myaccount.microsoft.com if you like." };
      }
      return { text: auth.connected ? "Signed in." : "Not signed in. Run /outlook login." };
    },
  });

  api.registerTool({
    name: "mail_search",
    description: "Search the mailbox (sender, subject or body words). Returns id, date, sender, subject, preview.",
    parameters: { type: "object", properties: { query: { type: "string" }, limit: { type: "number" } }, required: ["query"] },
    async execute(_id: string, p: { query: string; limit?: number }) {
      const list = await mail.search(p.query, Math.min(25, p.limit ?? 10));
      return say(
        list.length
          ? list.map((m) => `${m.isRead ? " " : "●"} ${m.receivedDateTime.slice(0, 16)} ${m.from?.emailAddress.name ?? "?"} — ${m.subject}\n   ${m.bodyPreview.slice(0, 120)}  [${m.id}]`).join("\n")
          : "No messages found.",
      );
    },
  });

  api.registerTool({
    name: "mail_read",
    description: "Read one message as plain text by id.",
    parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
    async execute(_id: string, p: { id: string }) {
      const m = await mail.read(p.id);
      return say(`From: ${m.from?.emailAddress.name} <${m.from?.emailAddress.address}>\nDate: ${m.receivedDateTime}\nSubject: ${m.subject}\n\n${m.body?.content ?? ""}`);
    },
  });

  api.registerTool({
    name: "mail_draft",
    description: "Create a draft (new message or reply). Drafts are NOT sent; the user reviews them in Outlook.",
    parameters: {
      type: "object",
      properties: { to: { type: "array", items: { type: "string" } }, subject: { type: "string" }, text: { type: "string" }, replyTo: { type: "string" } },
      required: ["text"],
    },
    async execute(_id: string, p: { to?: string[]; subject?: string; text: string; replyTo?: string }) {
      const d = await mail.draft(p.to ?? [], p.subject ?? "", p.text, p.replyTo);
      return say(`Draft saved (id ${d.id}). ${d.webLink ?? ""}`);
    },
  });

  if (cfg.allowSend) {
    api.registerTool({
      name: "mail_send",
      description: "Send an existing draft. Only call after the user explicitly said to send this exact draft.",
      parameters: { type: "object", properties: { draftId: { type: "string" }, confirm: { type: "boolean" } }, required: ["draftId", "confirm"] },
      async execute(_id: string, p: { draftId: string; confirm: boolean }) {
        if (p.confirm !== true) return say("Not sent: confirm must be true after the user approved the draft.");
        await mail.send(p.draftId);
        return say("Sent.");
      },
    });
  }
}
