'use strict';

const nodemailer = require('nodemailer');
const { loadConfig } = require('./config');
const { releaseNotes, toHtml } = require('./notes');

async function sendReleaseMail(tag, { dryRun = false, cwd } = {}) {
  const cfg = loadConfig(cwd);
  const notes = releaseNotes(tag);
  const subject = `${cfg.product} ${tag} released`;
  const message = { from: cfg.from, to: cfg.to, cc: cfg.cc, subject, text: notes, html: `<h2>${subject}</h2>\n<ul>${toHtml(notes)}</ul>` };
  if (dryRun) return { dryRun: true, message };
  const transport = nodemailer.createTransport(cfg.smtp);
  const info = await transport.sendMail(message);
  return { messageId: info.messageId, accepted: info.accepted };
}

module.exports = { sendReleaseMail };
