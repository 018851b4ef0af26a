const SECRET_PATTERNS = [
  /sk-[A-Za-z0-9_-]{16,}/g,
  /gh[pousr]_[A-Za-z0-9]{30,}/g,
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  /AKIA[0-9A-Z]{16}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(?:password|passwd|token|secret|api[_-]?key)\s*[:=]\s*\S+/gi,
];

export function redact(text) {
  let out = String(text ?? "");
  for (const rx of SECRET_PATTERNS) out = out.replace(rx, "[gizlendi]");
  return out;
}

export function detectKind(url) {
  const h = new URL(url).hostname;
  if (h === "hooks.slack.com") return "slack";
  if (h === "discord.com" || h === "discordapp.com") return "discord";
  if (h.endsWith(".webhook.office.com") || h.endsWith(".logic.azure.com")) return "teams";
  if (h === "ntfy.sh" || url.includes("/ntfy/")) return "ntfy";
  return "slack";
}

export function payload(kind, { title, body, level }) {
  const emoji = level === "error" ? "🔴" : level === "warn" ? "🟡" : "🟢";
  const text = `${emoji} *${title}*${body ? `\n${body}` : ""}`;
  switch (kind) {
    case "discord":
      return { headers: { "content-type": "application/json" }, body: JSON.stringify({ content: text.replace(/\*/g, "**").slice(0, 1900) }) };
    case "teams":
      return {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "message",
          attachments: [{
            contentType: "application/vnd.microsoft.card.adaptive",
            content: { type: "AdaptiveCard", version: "1.4", body: [
              { type: "TextBlock", weight: "Bolder", text: `${emoji} ${title}` },
              { type: "TextBlock", wrap: true, text: body || "" },
            ] },
          }],
        }),
      };
    case "ntfy":
      return { headers: { Title: title, Priority: level === "error" ? "high" : "default", Tags: "robot" }, body: body || title };
    default:
      return { headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) };
  }
}
