const REDACT = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk-[A-Za-z0-9_-]{20,}\b/g, /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g,
];
export const clean = (s) => REDACT.reduce((t, re) => t.replace(re, "[redacted]"), String(s)).slice(0, 1500);

async function post(url, body) {
  const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(8000) });
  if (!r.ok) throw new Error(`${new URL(url).host} responded ${r.status}`);
}

export async function notify(cfg, title, text) {
  const msg = `**${clean(title)}**\n${clean(text)}`;
  const jobs = [];
  if (cfg.discordWebhookUrl) jobs.push(post(cfg.discordWebhookUrl, { content: msg, allowed_mentions: { parse: [] } }));
  if (cfg.slackWebhookUrl) jobs.push(post(cfg.slackWebhookUrl, { text: msg.replace(/\*\*/g, "*") }));
  if (cfg.telegramBotToken && cfg.telegramChatId) {
    jobs.push(post(`https://api.telegram.org/bot${cfg.telegramBotToken}/sendMessage`, { chat_id: cfg.telegramChatId, text: msg.replace(/\*\*/g, ""), disable_web_page_preview: true }));
  }
  const res = await Promise.allSettled(jobs);
  return res.filter((r) => r.status === "rejected").map((r) => r.reason.message);
}
