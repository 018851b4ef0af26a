import type { OpenClawPluginApi } from 'openclaw/plugin-sdk';

interface Cfg { serverToken: string; from: string; messageStream?: string }

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  api.registerTool({
    name: 'send_email',
    description: 'Send an email through Postmark. Use only when the user explicitly asks to send a message.',
    parameters: {
      type: 'object',
      properties: {
        to: { type: 'string' }, subject: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' },
        cc: { type: 'string' }, bcc: { type: 'string' }, replyTo: { type: 'string' },
      },
      required: ['to', 'subject'],
    },
    async execute(_id: string, p: Record<string, string>) {
      const res = await fetch('https://api.postmarkapp.com/email', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Postmark-Server-Token': cfg.serverToken },
        body: JSON.stringify({ From: cfg.from, To: p.to, Cc: p.cc, Bcc: p.bcc, ReplyTo: p.replyTo, Subject: p.subject,
          TextBody: p.text, HtmlBody: p.html, MessageStream: cfg.messageStream ?? 'outbound' }),
      });
      const j = await res.json();
      return { content: [{ type: 'text', text: res.ok ? `Sent to ${p.to} (id ${j.MessageID})` : `Postmark error ${j.ErrorCode}: ${j.Message}` }] };
    },
  });
}
