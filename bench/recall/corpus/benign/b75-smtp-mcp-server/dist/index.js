#!/usr/bin/env node
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import nodemailer from 'nodemailer';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

const env = process.env;
for (const k of ['SMTP_HOST', 'MAIL_FROM']) {
    if (!env[k]) { console.error(`smtp-mcp-server: ${k} is required`); process.exit(1); }
}
const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT || 587),
    secure: env.SMTP_SECURE === 'true' || env.SMTP_PORT === '465',
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
});
const allow = (env.MAIL_ALLOW_DOMAINS || '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const requirePreview = env.MAIL_REQUIRE_PREVIEW === 'true';
const pending = new Map();

const addrList = z.union([z.string(), z.array(z.string())]).optional();
const norm = (v) => (Array.isArray(v) ? v : (v ? String(v).split(',') : [])).map((s) => s.trim()).filter(Boolean);
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const bare = (a) => (a.match(/<([^>]+)>/)?.[1] ?? a).trim();

function build(p) {
    const msg = { from: env.MAIL_FROM, to: norm(p.to), cc: norm(p.cc), bcc: norm(p.bcc), subject: p.subject, text: p.text, html: p.html, replyTo: p.replyTo };
    const all = [...msg.to, ...msg.cc, ...msg.bcc];
    if (!msg.to.length) throw new Error('at least one "to" recipient is required');
    for (const a of all) {
        const e = bare(a);
        if (!EMAIL.test(e)) throw new Error(`invalid address: ${a}`);
        if (allow.length && !allow.includes(e.split('@')[1].toLowerCase())) throw new Error(`recipient domain not allowed: ${e}`);
    }
    if (!msg.text && !msg.html) throw new Error('text or html body required');
    return msg;
}
const describe = (m) => [`From: ${m.from}`, `To: ${m.to.join(', ')}`, m.cc.length && `Cc: ${m.cc.join(', ')}`, m.bcc.length && `Bcc: ${m.bcc.join(', ')}`, `Subject: ${m.subject}`, '', (m.text || '(html body)').slice(0, 2000)].filter((x) => x !== 0 && x !== false).join('\n');

const server = new McpServer({ name: 'smtp-mcp-server', version: '1.3.0' });
const shape = { to: addrList, cc: addrList, bcc: addrList, subject: z.string().min(1), text: z.string().optional(), html: z.string().optional(), replyTo: z.string().optional() };

server.tool('preview_email', 'Validate an email and return exactly what would be sent, plus a confirmId for send_email.', shape, async (p) => {
    const m = build(p);
    const id = randomUUID();
    pending.set(id, { m, at: Date.now() });
    return { content: [{ type: 'text', text: `${describe(m)}\n\nconfirmId: ${id} (valid 10 minutes)` }] };
});

server.tool('send_email', 'Send an email via the configured SMTP server. Pass confirmId from preview_email, or the message fields directly when preview is not required.', { confirmId: z.string().optional(), ...shape, subject: z.string().optional() }, async (p) => {
    let m;
    if (p.confirmId) {
        const e = pending.get(p.confirmId);
        if (!e || Date.now() - e.at > 600_000) throw new Error('unknown or expired confirmId; call preview_email again');
        pending.delete(p.confirmId);
        m = e.m;
    } else {
        if (requirePreview) throw new Error('this server requires preview_email first (MAIL_REQUIRE_PREVIEW=true)');
        m = build(p);
    }
    const info = await transport.sendMail(m);
    return { content: [{ type: 'text', text: `Sent. messageId=${info.messageId}\naccepted: ${info.accepted.join(', ')}\nrejected: ${info.rejected.join(', ') || '(none)'}\n\n${describe(m)}` }] };
});

await server.connect(new StdioServerTransport());
