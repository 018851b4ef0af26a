const BUILTIN = [
  /sk-[A-Za-z0-9_-]{20,}/g,
  /sk-ant-[A-Za-z0-9_-]{20,}/g,
  /gh[pousr]_[A-Za-z0-9]{36,}/g,
  /xox[abpr]-[A-Za-z0-9-]{10,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /(?<=(?:password|passwd|secret|token)["']?\s*[:=]\s*["']?)[^\s"']{8,}/gi,
];

export function redact(input, extra = []) {
  const patterns = [...BUILTIN, ...extra.map((p) => new RegExp(p, 'g'))];
  let text = typeof input === 'string' ? input : JSON.stringify(input);
  const hits = [];
  for (const re of patterns) {
    text = text.replace(re, (m) => {
      hits.push(m);
      return `[REDACTED:${m.slice(0, 4)}…]`;
    });
  }
  return { text, hits };
}
