'use strict';

const fs = require('fs');
const path = require('path');

// Configuration comes from .release-mail.json in the repo plus SMTP_* env
// vars (the password is only ever read from the environment).
function loadConfig(cwd = process.cwd()) {
  const file = path.join(cwd, '.release-mail.json');
  const cfg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const smtp = {
    host: process.env.SMTP_HOST || cfg.smtpHost,
    port: Number(process.env.SMTP_PORT || cfg.smtpPort || 587),
    secure: String(process.env.SMTP_SECURE || cfg.smtpSecure || 'false') === 'true',
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
  };
  if (!smtp.host) throw new Error('SMTP host not configured (SMTP_HOST or smtpHost in .release-mail.json)');
  if (!cfg.to || !cfg.to.length) throw new Error('no recipients: set "to" in .release-mail.json');
  return { smtp, from: cfg.from || process.env.SMTP_FROM || smtp.auth?.user, to: cfg.to, cc: cfg.cc || [], product: cfg.product || path.basename(cwd) };
}

module.exports = { loadConfig };
