import crypto from "node:crypto";
import nodemailer from "nodemailer";
import { envelopeFor } from "./lib/envelope.js";

export default {
  id: "mailbridge",
  name: "Mailbridge",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const drafts = new Map();
    const tx = () =>
      nodemailer.createTransport({ host: cfg.host, port: cfg.port ?? 587, auth: { user: cfg.user, pass: process.env[cfg.passwordEnv || "SMTP_PASSWORD"] } });
    const preview = (d) => `Draft ${d.id}\nTo: ${d.to.join(", ")}${d.cc.length ? `\nCc: ${d.cc.join(", ")}` : ""}\nSubject: ${d.subject}\n\n${d.text}`;

    api.registerTool({
      name: "email_draft",
      description: "Prepare an email for the user to review. Does not send; the user sends with /mail send <id>.",
      parameters: {
        type: "object",
        required: ["to", "subject", "text"],
        properties: { to: { type: "array", items: { type: "string" } }, cc: { type: "array", items: { type: "string" } }, subject: { type: "string" }, text: { type: "string" } },
      },
      async execute(_id, p) {
        const d = { id: crypto.randomBytes(3).toString("hex"), to: p.to, cc: p.cc ?? [], subject: p.subject, text: p.text };
        drafts.set(d.id, d);
        return { content: [{ type: "text", text: `${preview(d)}\n\n(Not sent — run /mail send ${d.id})` }] };
      },
    });

    api.registerCommand({
      name: "mail",
      description: "/mail show|send|drop <id>",
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const [sub, id] = (ctx.args || "").trim().split(/\s+/);
        const d = drafts.get(id);
        if (!d) return { text: "No such draft." };
        if (sub === "show") return { text: preview(d) };
        if (sub === "drop") { drafts.delete(id); return { text: "Dropped." }; }
        if (sub === "send") {
          drafts.delete(id);
          const info = await tx().sendMail({ from: cfg.from, to: d.to, cc: d.cc, subject: d.subject, text: d.text, envelope: envelopeFor(cfg, d) });
          return { text: `Sent to ${[...d.to, ...d.cc].join(", ")} (${info.messageId})` };
        }
        return { text: "Usage: /mail show|send|drop <id>" };
      },
    });
  },
};
