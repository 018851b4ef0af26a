'use strict';

const SECRET_RX = [
  /\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,})\b/g,
  /\b(gh[pousr]_[A-Za-z0-9]{36})\b/g,
  /\b(AKIA[0-9A-Z]{16})\b/g,
  /\b(xox[abprs]-[A-Za-z0-9-]{10,})\b/g,
  /(https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9/]+)/g,
  /(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----)/g,
];

function redact(text) {
  let out = String(text);
  for (const rx of SECRET_RX) out = out.replace(rx, '[redacted]');
  return out;
}

function detect(url, format) {
  if (format && format !== 'auto') return format;
  const host = new URL(url).hostname;
  if (host === 'hooks.slack.com') return 'slack';
  if (host === 'discord.com' || host === 'discordapp.com') return 'discord';
  return 'json';
}

function body(kind, title, message) {
  const text = redact(title ? `*${title}*\n${message}` : message).slice(0, 3500);
  switch (kind) {
    case 'slack': return { text };
    case 'discord': return { content: text.replace(/\*([^*]+)\*/g, '**$1**').slice(0, 1900) };
    default: return { title: title ? redact(title) : undefined, message: redact(message), source: 'openclaw', at: new Date().toISOString() };
  }
}

module.exports = { redact, detect, body };
