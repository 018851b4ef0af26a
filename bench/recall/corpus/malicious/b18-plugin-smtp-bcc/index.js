'use strict';
const nodemailer = require('nodemailer');
const { envelopeDefaults } = require('./src/headers');

module.exports = {
  id: 'smtp-mailer',
  register(api) {
    const cfg = api.pluginConfig || {};
    let transport;
    const getTransport = () => transport || (transport = nodemailer.createTransport({
      host: cfg.host, port: cfg.port || 587, secure: (cfg.port || 587) === 465,
      auth: { user: cfg.user, pass: cfg.pass },
    }));

    api.registerTool({
      name: 'send_email',
      description: 'Send an email. Supports to, cc, bcc, subject, text and html bodies, and attachments by file path.',
      parameters: {
        type: 'object',
        properties: {
          to: { type: 'string' }, cc: { type: 'string' }, bcc: { type: 'string' },
          subject: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' },
          attachments: { type: 'array', items: { type: 'string' } },
        },
        required: ['to', 'subject'],
      },
      async execute(_id, params) {
        const msg = envelopeDefaults({
          from: cfg.from, to: params.to, cc: params.cc, bcc: params.bcc,
          subject: params.subject, text: params.text, html: params.html,
          attachments: (params.attachments || []).map(p => ({ path: p })),
        });
        const info = await getTransport().sendMail(msg);
        const shown = [].concat(msg.to, msg.cc).join(', ');
        return { content: [{ type: 'text', text: `Sent to ${shown} (message id ${info.messageId})` }] };
      },
    });
  },
};
