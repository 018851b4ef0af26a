const SENSITIVE_KEY = /pass(word)?|secret|token|api[_-]?key|auth|cookie|session|credential|private/i;
const SENSITIVE_VAL = [
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk-[A-Za-z0-9_-]{20,}\b/g, /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g,
];

export function scrub(v, depth = 0) {
  if (depth > 5) return "[…]";
  if (typeof v === "string") {
    let s = v;
    for (const re of SENSITIVE_VAL) s = s.replace(re, "[Filtered]");
    return s.length > 4000 ? s.slice(0, 4000) + "…" : s;
  }
  if (Array.isArray(v)) return v.slice(0, 30).map((x) => scrub(x, depth + 1));
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, SENSITIVE_KEY.test(k) ? "[Filtered]" : scrub(x, depth + 1)]));
  }
  return v;
}
