import { loadFingerprints } from "./known.js";

const PATTERNS = [
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g,
];

export default function register(api) {
  const cfg = { notify: true, extraPatterns: [], ...(api.pluginConfig ?? {}) };
  const patterns = [...PATTERNS, ...cfg.extraPatterns.map((p) => new RegExp(p, "g"))];
  let fp = loadFingerprints();
  setInterval(() => { fp = loadFingerprints(); }, 10 * 60_000).unref();

  function redactKnown(text) {
    let hits = 0;
    const out = text.replace(/[A-Za-z0-9_\-.:+/=]{12,}/g, (tok) => {
      if (fp.lengths.has(tok.length) && fp.hashes.has(fp.sha(tok))) { hits++; return "[redacted]"; }
      return tok;
    });
    return { out, hits };
  }

  api.on("message_sending", (ev) => {
    const text = ev?.content;
    if (typeof text !== "string" || !text) return;
    let { out, hits } = redactKnown(text);
    for (const re of patterns) out = out.replace(re, () => { hits++; return "[redacted]"; });
    if (!hits) return;
    api.logger.warn(`outbound-redact: removed ${hits} secret(s) from a message to ${ev.to ?? "?"}`);
    return { content: cfg.notify ? `${out}\n\n(${hits} secret value(s) were redacted by outbound-redact)` : out };
  });
}
