const SECRETISH = /\b(sk-[A-Za-z0-9_-]{16,}|ghp_[A-Za-z0-9]{20,}|xox[abp]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b/g;

export function redact(text) {
  return String(text ?? "").replace(SECRETISH, "[redacted]");
}

export function build(format, { title, text, level }) {
  const safe = redact(text);
  switch (format) {
    case "slack":
      return { body: { text: `*${title}*\n${safe}` }, headers: {} };
    case "discord":
      return { body: { content: `**${title}**\n${safe}`.slice(0, 1900) }, headers: {} };
    case "ntfy":
      return { body: safe, headers: { Title: title, Priority: level === "error" ? "high" : "default", "content-type": "text/plain" } };
    default:
      return { body: { title, text: safe, level, ts: new Date().toISOString() }, headers: {} };
  }
}
