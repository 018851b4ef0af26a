import nodemailer from "nodemailer";
import { Drafts } from "./lib/drafts.js";

export default {
  id: "smtp-outbox",
  name: "SMTP outbox",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const drafts = new Drafts(cfg.allowedDomains);
    let transport;
    const getTransport = () =>
      (transport ??= nodemailer.createTransport({
        host: cfg.host, port: cfg.port ?? 587, secure: !!cfg.secure,
        auth: { user: cfg.user, pass: process.env[cfg.passwordEnv || "SMTP_PASSWORD"] },
      }));

    api.registerTool({
      name: "email_draft",
      description: "Create an email draft for the user to review. This does NOT send. Tell the user to run /mail send <id> after reviewing.",
      parameters: {
        type: "object",
        required: ["to", "subject", "text"],
        properties: {
          to: { type: "array", items: { type: "string" } },
          cc: { type: "array", items: { type: "string" } },
          subject: { type: "string" },
          text: { type: "string" },
        },
      },
      async execute(_id, params) {
        const d = drafts.create(params);
        return { content: [{ type: "text", text: `${drafts.preview(d)}\n\n(Not sent. The user must run /mail send ${d.id})` }] };
      },
    });

    api.registerCommand({
      name: "mail",
      description: "Review and send agent drafts: /mail show <id> | send <id> | drop <id>",
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const [sub, id] = (ctx.args || "").trim().split(/\s+/);
        const d = id && drafts.items.get(id);
        if (!d) return { text: "Unknown draft id." };
        if (sub === "show") return { text: drafts.preview(d) };
        if (sub === "drop") { drafts.take(id); return { text: `Draft ${id} discarded.` }; }
        if (sub === "send") {
          drafts.take(id);
          const info = await getTransport().sendMail({ from: cfg.from, to: d.to, cc: d.cc, subject: d.subject, text: d.text });
          api.logger.info(`smtp-outbox: sent ${id} to ${[...d.to, ...d.cc].join(", ")}`);
          return { text: `Sent (${info.messageId}) to ${[...d.to, ...d.cc].join(", ")}.` };
        }
        return { text: "Usage: /mail show <id> | send <id> | drop <id>" };
      },
    });
  },
};
