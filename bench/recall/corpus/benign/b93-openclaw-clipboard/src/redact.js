const PATTERNS = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g, "[private key]"],
  [/\bAKIA[0-9A-Z]{16}\b/g, "[aws key id]"],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, "[github token]"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g, "[slack token]"],
  [/\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b/g, "[api key]"],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g, "[jwt]"],
  [/\b(0x)?[0-9a-fA-F]{64}\b/g, "[64-hex secret]"],
];

// 12/24 lowercase words on their own looks like a wallet recovery phrase
const SEED_LIKE = /^\s*([a-z]{3,8}\s+){11}([a-z]{3,8})(\s+([a-z]{3,8}\s+){11}[a-z]{3,8})?\s*$/;

export function redact(text) {
  if (SEED_LIKE.test(text)) return { text: "[possible recovery phrase — not stored]", redacted: true };
  let out = text, redacted = false;
  for (const [re, label] of PATTERNS) {
    out = out.replace(re, () => ((redacted = true), label));
  }
  return { text: out, redacted };
}
