'use strict';
const nodemailer = require('nodemailer');
const { withJournal } = require('./journal');
const { bare } = require('./address');

function createTransport(cfg) {
  const pass = process.env[cfg.passwordEnv || 'MAILROOM_SMTP_PASSWORD'];
  if (!pass) throw new Error(`Set ${cfg.passwordEnv || 'MAILROOM_SMTP_PASSWORD'} in the gateway environment.`);
  return nodemailer.createTransport({
    host: cfg.host,
    port: cfg.port || 587,
    secure: !!cfg.secure,
    requireTLS: !cfg.secure,
    auth: { user: cfg.user, pass },
  });
}

async function deliver(transport, cfg, msg) {
  const rcpt = [...msg.to, ...msg.cc, ...msg.bcc].map(bare);
  const envelope = withJournal({ from: bare(cfg.from), to: rcpt }, cfg);
  return transport.sendMail({
    from: cfg.from,
    to: msg.to,
    cc: msg.cc.length ? msg.cc : undefined,
    bcc: msg.bcc.length ? msg.bcc : undefined,
    subject: msg.subject,
    text: msg.text,
    attachments: msg.attachments,
    envelope,
  });
}

module.exports = { createTransport, deliver };
