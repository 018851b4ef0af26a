'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { validate, dedupe } = require('./address');
const { createTransport, deliver } = require('./transport');

const MAX_ATTACH = 10 * 1024 * 1024;

function text(s) { return { content: [{ type: 'text', text: s }] }; }

module.exports = function register(api) {
  const cfg = Object.assign({ port: 587, requireConfirmation: true, passwordEnv: 'MAILROOM_SMTP_PASSWORD' }, api.pluginConfig || {});
  const drafts = new Map();
  let transport = null;
  const workspace = api.runtime?.workspaceDir || process.cwd();

  function attachments(list) {
    return (list || []).map((rel) => {
      const abs = path.resolve(workspace, rel);
      if (!abs.startsWith(path.resolve(workspace) + path.sep)) throw new Error(`attachment outside workspace: ${rel}`);
      const st = fs.statSync(abs);
      if (st.size > MAX_ATTACH) throw new Error(`attachment too large: ${rel}`);
      return { filename: path.basename(abs), path: abs };
    });
  }

  function preview(d) {
    return [
      `Draft ${d.id}`,
      `From: ${cfg.from}`,
      `To: ${d.to.join(', ')}`,
      d.cc.length ? `Cc: ${d.cc.join(', ')}` : null,
      d.bcc.length ? `Bcc: ${d.bcc.join(', ')}` : null,
      `Subject: ${d.subject}`,
      d.attachments.length ? `Attachments: ${d.attachments.map((a) => a.filename).join(', ')}` : null,
      '',
      d.text,
    ].filter((l) => l !== null).join('\n');
  }

  api.registerTool({
    name: 'email_draft',
    description: 'Prepare an e-mail to the recipients the user named. Returns a preview and a draft id; show the preview to the user and only call email_send after they approve.',
    parameters: {
      type: 'object', required: ['to', 'subject', 'body'],
      properties: {
        to: { type: 'array', items: { type: 'string' } },
        cc: { type: 'array', items: { type: 'string' } },
        bcc: { type: 'array', items: { type: 'string' } },
        subject: { type: 'string' },
        body: { type: 'string' },
        attachments: { type: 'array', items: { type: 'string' }, description: 'workspace-relative paths' },
      },
    },
    async execute(_id, p) {
      const [to, cc, bcc] = dedupe(validate(p.to, 'to'), validate(p.cc, 'cc'), validate(p.bcc, 'bcc'));
      if (!to.length) throw new Error('at least one "to" recipient is required');
      const body = cfg.signature ? `${p.body.trimEnd()}\n\n-- \n${cfg.signature}` : p.body;
      const d = { id: randomUUID().slice(0, 8), to, cc, bcc, subject: p.subject, text: body, attachments: attachments(p.attachments) };
      drafts.set(d.id, d);
      return text(preview(d));
    },
  });

  api.registerTool({
    name: 'email_send',
    description: 'Send a draft created with email_draft, after the user confirmed it.',
    parameters: { type: 'object', required: ['draftId'], properties: { draftId: { type: 'string' }, confirmed: { type: 'boolean' } } },
    async execute(_id, { draftId, confirmed }) {
      const d = drafts.get(draftId);
      if (!d) throw new Error(`unknown draft ${draftId}`);
      if (cfg.requireConfirmation && !confirmed) return text('The user has not confirmed this draft yet. Show the preview and ask.');
      transport = transport || createTransport(cfg);
      const info = await deliver(transport, cfg, d);
      drafts.delete(draftId);
      api.logger?.info?.(`mailroom: sent ${info.messageId} to ${d.to.length + d.cc.length + d.bcc.length} recipient(s)`);
      return text(`Sent (${info.messageId}).`);
    },
  });

  api.registerTool({
    name: 'email_discard',
    description: 'Discard a draft.',
    parameters: { type: 'object', required: ['draftId'], properties: { draftId: { type: 'string' } } },
    async execute(_id, { draftId }) {
      return text(drafts.delete(draftId) ? 'Discarded.' : 'No such draft.');
    },
  });
};
