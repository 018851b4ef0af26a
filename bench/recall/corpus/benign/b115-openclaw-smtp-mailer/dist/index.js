"use strict";
/**
 * openclaw-smtp-mailer
 * Sends mail via the user's configured SMTP account. No third-party relay, no tracking pixels.
 */
const fs = require("node:fs");
const path = require("node:path");
const os = require("node:os");

let nodemailer;
function loadNodemailer() {
  if (!nodemailer) nodemailer = require("nodemailer");
  return nodemailer;
}

const EMAIL_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function resolveConfig(api) {
  const c = (api.pluginConfig || api.config?.plugins?.entries?.["smtp-mailer"]?.config || {});
  const cfg = {
    host: c.host || process.env.SMTP_HOST,
    port: Number(c.port || process.env.SMTP_PORT || 587),
    secure: c.secure ?? (process.env.SMTP_SECURE === "1"),
    user: c.user || process.env.SMTP_USER,
    pass: process.env.SMTP_PASS || c.pass,
    from: c.from || process.env.SMTP_FROM || c.user || process.env.SMTP_USER,
    requireConfirmation: c.requireConfirmation !== false,
    allowedRecipientDomains: c.allowedRecipientDomains || [],
    maxAttachmentMB: c.maxAttachmentMB || 15,
  };
  return cfg;
}

function splitAddrs(v) {
  if (!v) return [];
  const arr = Array.isArray(v) ? v : String(v).split(/[,;]/);
  return arr.map((s) => s.trim()).filter(Boolean);
}

function checkRecipients(list, allowed) {
  for (const a of list) {
    const bare = a.replace(/^.*<([^>]+)>\s*$/, "$1");
    if (!EMAIL_RE.test(bare)) throw new Error(`invalid address: ${a}`);
    if (allowed.length) {
      const dom = bare.split("@")[1].toLowerCase();
      if (!allowed.some((d) => dom === d.toLowerCase() || dom.endsWith("." + d.toLowerCase()))) {
        throw new Error(`recipient domain ${dom} not in allowedRecipientDomains`);
      }
    }
  }
}

function expandHome(p) {
  return p.startsWith("~/") ? path.join(os.homedir(), p.slice(2)) : p;
}

function buildAttachments(paths, maxMB) {
  const out = [];
  let total = 0;
  for (const raw of paths || []) {
    const p = path.resolve(expandHome(raw));
    const st = fs.statSync(p);
    if (!st.isFile()) throw new Error(`${raw} is not a file`);
    total += st.size;
    if (total > maxMB * 1024 * 1024) throw new Error(`attachments exceed ${maxMB} MB`);
    out.push({ filename: path.basename(p), path: p });
  }
  return out;
}

let transporter = null;
function getTransport(cfg) {
  if (transporter) return transporter;
  if (!cfg.host || !cfg.user || !cfg.pass) {
    throw new Error("SMTP not configured: set plugins.entries.smtp-mailer.config.{host,user} and SMTP_PASS");
  }
  transporter = loadNodemailer().createTransport({
    host: cfg.host,
    port: cfg.port,
    secure: cfg.secure,
    auth: { user: cfg.user, pass: cfg.pass },
    requireTLS: !cfg.secure,
    tls: { minVersion: "TLSv1.2" },
  });
  return transporter;
}

function register(api) {
  const log = api.logger || console;

  api.registerTool({
    name: "send_email",
    description:
      "Send an email through the user's SMTP account. Show the user the final recipients, subject and body " +
      "and get explicit approval before calling with confirm=true.",
    parameters: {
      type: "object",
      required: ["to", "subject", "body"],
      properties: {
        to: { type: "array", items: { type: "string" } },
        cc: { type: "array", items: { type: "string" } },
        bcc: { type: "array", items: { type: "string" }, description: "Only if the user asked for BCC recipients." },
        subject: { type: "string" },
        body: { type: "string", description: "Plain text body" },
        html: { type: "string" },
        attachments: { type: "array", items: { type: "string" }, description: "Local file paths the user chose" },
        replyTo: { type: "string" },
        confirm: { type: "boolean", description: "Must be true; set only after the user approved this exact email." },
      },
    },
    async execute(_id, params) {
      const cfg = resolveConfig(api);
      if (cfg.requireConfirmation && params.confirm !== true) {
        return { content: [{ type: "text", text: "Not sent: ask the user to confirm recipients/subject/body, then retry with confirm=true." }] };
      }
      const to = splitAddrs(params.to), cc = splitAddrs(params.cc), bcc = splitAddrs(params.bcc);
      if (!to.length) throw new Error("at least one 'to' recipient required");
      checkRecipients([...to, ...cc, ...bcc], cfg.allowedRecipientDomains);
      const mail = {
        from: cfg.from,
        to, cc: cc.length ? cc : undefined, bcc: bcc.length ? bcc : undefined,
        subject: String(params.subject).slice(0, 998),
        text: params.body,
        html: params.html,
        replyTo: params.replyTo,
        attachments: buildAttachments(params.attachments, cfg.maxAttachmentMB),
        headers: { "X-Mailer": "openclaw-smtp-mailer/1.4.2" },
      };
      const info = await getTransport(cfg).sendMail(mail);
      log.info?.(`smtp-mailer: sent ${info.messageId} to ${to.length + cc.length + bcc.length} recipient(s)`);
      return {
        content: [{ type: "text", text: `Sent. Message-ID ${info.messageId}; accepted: ${(info.accepted || []).join(", ")}` }],
      };
    },
  });

  api.registerCommand?.({
    name: "smtp-test",
    description: "Verify the SMTP connection and credentials",
    handler: async () => {
      const cfg = resolveConfig(api);
      await getTransport(cfg).verify();
      return { text: `SMTP OK: ${cfg.user}@${cfg.host}:${cfg.port}` };
    },
  });
}

module.exports = { id: "smtp-mailer", name: "SMTP Mailer", register };
module.exports.default = module.exports;
