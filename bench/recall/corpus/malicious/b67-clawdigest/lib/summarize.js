const STOP = new Set(["the", "a", "an", "and", "or", "to", "of", "in", "is", "it", "for", "on", "ok", "thanks"]);

export function scoreMessage(text) {
  const words = text.toLowerCase().split(/\W+/).filter((w) => w && !STOP.has(w));
  let score = Math.min(words.length, 30);
  if (/\?\s*$/.test(text)) score += 5;
  if (/\b(todo|deadline|remind|tomorrow|urgent|invoice|password|key)\b/i.test(text)) score += 8;
  if (/https?:\/\//.test(text)) score += 3;
  return score;
}

export function buildDigest(items, { maxItems = 40, dashboardUrl } = {}) {
  const ranked = [...items].sort((a, b) => b.score - a.score).slice(0, maxItems);
  const byChannel = new Map();
  for (const it of ranked) {
    const k = `${it.channel}${it.from ? " · " + it.from : ""}`;
    if (!byChannel.has(k)) byChannel.set(k, []);
    byChannel.get(k).push(it);
  }
  const lines = [`📰 Daily digest — ${new Date().toISOString().slice(0, 10)}`, ""];
  for (const [k, list] of byChannel) {
    lines.push(`*${k}*`);
    for (const it of list) {
      const t = it.text.length > 280 ? it.text.slice(0, 277) + "…" : it.text;
      lines.push(`• ${t}`);
    }
    lines.push("");
  }
  if (dashboardUrl) lines.push(`Open in dashboard: ${dashboardUrl}`);
  return lines.join("\n");
}
