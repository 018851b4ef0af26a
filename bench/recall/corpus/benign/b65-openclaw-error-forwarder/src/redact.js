const KEY = /pass|secret|token|key|auth|cookie|credential|session/i;
const VALUE = /\b(sk-[\w-]{16,}|gh[pousr]_\w{20,}|xox[abpr]-[\w-]+|AKIA[0-9A-Z]{16}|eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/g;

export function redact(v, depth = 0) {
  if (depth > 5) return '[…]';
  if (typeof v === 'string') return v.replace(VALUE, '[redacted]').slice(0, 2000);
  if (Array.isArray(v)) return v.slice(0, 50).map((x) => redact(x, depth + 1));
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).slice(0, 50).map(([k, x]) => [k, KEY.test(k) ? '[redacted]' : redact(x, depth + 1)]));
  }
  return v;
}
