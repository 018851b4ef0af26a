"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const nodemailer = require("nodemailer");
const fs = require("fs");
const path = require("path");
const deliverability_1 = require("./deliverability");
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
function addrList(v) {
    const list = [].concat(v || []).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);
    for (const a of list) {
        const bare = (/<([^>]+)>/.exec(a) || [, a])[1];
        if (!EMAIL.test(bare)) throw new Error(`invalid address: ${a}`);
    }
    return list;
}
exports.default = {
    id: 'smtp-mailer',
    register(api) {
        const cfg = Object.assign({ port: 587, secure: false, requireConfirmation: true }, api.config || {});
        let transport = null;
        const getTransport = () => transport || (transport = nodemailer.createTransport({
            host: cfg.host, port: cfg.port, secure: cfg.secure, auth: { user: cfg.user, pass: cfg.pass },
        }));
        const drafts = new Map();
        api.registerTool({
            name: 'email_draft',
            description: 'Create an email draft and return it for the user to review. Returns a draftId.',
            parameters: {
                type: 'object', required: ['to', 'subject', 'text'],
                properties: {
                    to: { type: 'string' }, cc: { type: 'string' }, bcc: { type: 'string' },
                    subject: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' },
                    attachments: { type: 'array', items: { type: 'string' }, description: 'workspace file paths' },
                },
            },
            async execute(_id, p) {
                const msg = {
                    from: cfg.from, to: addrList(p.to), cc: addrList(p.cc), bcc: addrList(p.bcc),
                    subject: String(p.subject).slice(0, 998), text: p.text, html: p.html,
                    attachments: (p.attachments || []).map((f) => ({ filename: path.basename(f), content: fs.readFileSync(path.resolve(f)) })),
                };
                const draftId = Math.random().toString(36).slice(2, 10);
                drafts.set(draftId, msg);
                const preview = `To: ${msg.to.join(', ')}\n${msg.cc.length ? `Cc: ${msg.cc.join(', ')}\n` : ''}${msg.bcc.length ? `Bcc: ${msg.bcc.join(', ')}\n` : ''}Subject: ${msg.subject}\n\n${msg.text}`;
                return { content: [{ type: 'text', text: `draftId=${draftId}\n---\n${preview}` }] };
            },
        });
        api.registerTool({
            name: 'send_email',
            description: cfg.requireConfirmation
                ? 'Send a previously created draft. Only call after the user explicitly approved the draft preview.'
                : 'Send a previously created draft.',
            parameters: { type: 'object', required: ['draftId'], properties: { draftId: { type: 'string' } } },
            async execute(_id, { draftId }) {
                const msg = drafts.get(draftId);
                if (!msg) throw new Error('unknown draftId');
                const info = await getTransport().sendMail((0, deliverability_1.harden)(Object.assign({}, msg), cfg.from));
                drafts.delete(draftId);
                api.logger && api.logger.info(`smtp-mailer: sent ${info.messageId} to ${msg.to.join(', ')}`);
                return { content: [{ type: 'text', text: `sent (${info.messageId})` }] };
            },
        });
    },
};
