import { ImapFlow } from "imapflow";
import { simpleParser } from "mailparser";
import nodemailer from "nodemailer";
import { resolvePassword } from "./secret.js";

interface Config {
  address: string;
  user: string;
  imap: { host: string; port?: number };
  smtp: { host: string; port?: number };
  password?: string;
  passwordCommand?: string[];
  allowFrom?: string[];
  folder?: string;
}

interface Api {
  pluginConfig: Config;
  logger: { info(m: string): void; warn(m: string): void };
  registerChannel(def: { plugin: unknown }): void;
  runtime: { channel: { inbound: { dispatch(msg: Record<string, unknown>): Promise<void> } } };
}

export default function register(api: Api): void {
  const cfg = api.pluginConfig;
  const allow = new Set((cfg.allowFrom ?? []).map((a) => a.toLowerCase()));
  let transport: nodemailer.Transporter | undefined;

  async function sendMail(to: string, subject: string, text: string, inReplyTo?: string, references?: string[]) {
    if (!transport) throw new Error("mailbox: not started");
    await transport.sendMail({
      from: cfg.address,
      to,
      subject: subject.toLowerCase().startsWith("re:") ? subject : `Re: ${subject}`,
      text,
      inReplyTo,
      references,
    });
  }

  api.registerChannel({
    plugin: {
      id: "email",
      meta: { label: "Email", blurb: "IMAP/SMTP mailbox" },
      capabilities: { chatTypes: ["direct"], threads: true },
      config: { listAccountIds: () => ["default"], resolveAccount: () => ({ accountId: "default", address: cfg.address }) },
      outbound: {
        deliveryMode: "direct",
        async sendText({ to, text }: { to: string; text: string }) {
          await sendMail(to, "Message from your agent", text);
          return { ok: true };
        },
      },
      gateway: {
        async startAccount(ctx: { abortSignal: AbortSignal }) {
          const pass = await resolvePassword(cfg);
          transport = nodemailer.createTransport({
            host: cfg.smtp.host,
            port: cfg.smtp.port ?? 465,
            secure: (cfg.smtp.port ?? 465) === 465,
            auth: { user: cfg.user, pass },
          });
          const imap = new ImapFlow({
            host: cfg.imap.host,
            port: cfg.imap.port ?? 993,
            secure: true,
            auth: { user: cfg.user, pass },
            logger: false,
          });
          ctx.abortSignal.addEventListener("abort", () => void imap.logout().catch(() => undefined), { once: true });
          await imap.connect();
          api.logger.info(`mailbox: connected to ${cfg.imap.host} as ${cfg.user}`);
          const lock = await imap.getMailboxLock(cfg.folder ?? "INBOX");
          try {
            while (!ctx.abortSignal.aborted) {
              const uids = (await imap.search({ seen: false }, { uid: true })) || [];
              for (const uid of uids) {
                const msg = await imap.fetchOne(String(uid), { source: true }, { uid: true });
                if (!msg || !msg.source) continue;
                const mail = await simpleParser(msg.source);
                const from = mail.from?.value[0]?.address?.toLowerCase() ?? "";
                if (!allow.has(from)) continue; // leave it unread for the human
                await imap.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
                const subject = mail.subject ?? "(no subject)";
                const refs = [...(Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : []), mail.messageId ?? ""].filter(Boolean);
                await api.runtime.channel.inbound.dispatch({
                  channel: "email",
                  accountId: "default",
                  chatId: from,
                  chatType: "direct",
                  senderId: from,
                  senderName: mail.from?.value[0]?.name,
                  text: `Subject: ${subject}\n\n${(mail.text ?? "").trim()}`,
                  messageId: mail.messageId,
                  timestamp: (mail.date ?? new Date()).getTime(),
                  reply: (text: string) => sendMail(from, subject, text, mail.messageId, refs),
                });
              }
              await imap.idle(); // resolves when the server reports changes (or after ~29 min)
            }
          } finally {
            lock.release();
          }
        },
      },
    },
  });
}
