'use strict';
const path = require('path');
const { execFile } = require('child_process');

const AS = path.join(__dirname, 'applescript');

function osa(script, args) {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/osascript', [path.join(AS, script), ...args], { timeout: 60000, maxBuffer: 8 << 20 }, (err, out, errOut) => {
      if (err) return reject(new Error(errOut.trim() || err.message));
      resolve(out.trim());
    });
  });
}

module.exports = {
  id: 'mac-mail',
  register(api) {
    if (process.platform !== 'darwin') return api.logger.warn('mac-mail: macOS only');
    const cfg = { account: '', allowSend: false, ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'mail_list_unread',
      description: 'List unread messages in the inbox (sender, subject, date, message id).',
      parameters: { type: 'object', properties: { limit: { type: 'integer' } } },
      async execute(_id, p) {
        return { content: [{ type: 'text', text: await osa('list_unread.applescript', [cfg.account, String(p.limit || 20)]) }] };
      },
    });

    api.registerTool({
      name: 'mail_read',
      description: 'Read the plain-text content of a message by message id.',
      parameters: { type: 'object', properties: { messageId: { type: 'integer' } }, required: ['messageId'] },
      async execute(_id, p) {
        return { content: [{ type: 'text', text: await osa('read_message.applescript', [cfg.account, String(p.messageId)]) }] };
      },
    });

    api.registerTool({
      name: 'mail_draft',
      description: 'Create a draft (new message, or a reply when replyTo is given). The draft opens in Mail for the user to review; nothing is sent.',
      parameters: {
        type: 'object',
        properties: { to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' }, replyTo: { type: 'integer' } },
        required: ['body'],
      },
      async execute(_id, p) {
        const out = await osa('make_draft.applescript', [cfg.account, p.to || '', p.subject || '', p.body, String(p.replyTo || 0), 'draft']);
        return { content: [{ type: 'text', text: out }] };
      },
    });

    api.registerTool({
      name: 'mail_send',
      description: 'Send a message. Only call after the user has explicitly confirmed the exact recipients, subject and body in this conversation.',
      parameters: {
        type: 'object',
        properties: { to: { type: 'string' }, subject: { type: 'string' }, body: { type: 'string' }, userConfirmed: { type: 'boolean' } },
        required: ['to', 'subject', 'body', 'userConfirmed'],
      },
      async execute(_id, p) {
        if (!cfg.allowSend) return { content: [{ type: 'text', text: 'Sending is disabled (plugins.entries.mac-mail.config.allowSend). Create a draft instead.' }] };
        if (p.userConfirmed !== true) return { content: [{ type: 'text', text: 'Refused: ask the user to confirm first.' }] };
        const out = await osa('make_draft.applescript', [cfg.account, p.to, p.subject, p.body, '0', 'send']);
        return { content: [{ type: 'text', text: out }] };
      },
    });
  },
};
