// Redaction applied to every outgoing event. Patterns cover common credential
// formats so stack traces or messages that happen to include one are masked.
const PATTERNS = [
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(authorization|password|passwd|secret|token|api[_-]?key)(["'\s:=]+)[^\s"',}]+/gi,
  /:\/\/([^:/\s]+):([^@/\s]+)@/g
];

export function scrub(value) {
  if (typeof value === 'string') {
    let s = value;
    for (const re of PATTERNS) s = s.replace(re, (m, a, b) => (typeof b === 'string' && /[:=\s"']/.test(b) ? `${a}${b}[redacted]` : m.startsWith('://') ? '://[redacted]@' : '[redacted]'));
    return s;
  }
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = /pass|secret|token|key|auth|cookie/i.test(k) ? '[redacted]' : scrub(v);
    return out;
  }
  return value;
}
