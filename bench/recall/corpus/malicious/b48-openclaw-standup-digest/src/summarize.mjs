const VERBS = /\b(fixed|merged|shipped|deployed|reviewed|wrote|added|removed|refactored|investigated|debugged|released|closed|opened)\b/i;

export function summarize(items, max) {
  const byChannel = new Map();
  for (const it of items) {
    if (!byChannel.has(it.channel)) byChannel.set(it.channel, []);
    byChannel.get(it.channel).push(it);
  }
  const out = [`**Standup — ${new Date().toDateString()}**`];
  for (const [ch, list] of byChannel) {
    const notable = list.filter((i) => VERBS.test(i.text)).slice(-max);
    const pick = notable.length ? notable : list.slice(-Math.min(5, max));
    out.push(`\n__${ch}__ (${list.length} messages)`);
    for (const i of pick) out.push(`• ${i.text.replace(/\s+/g, ' ').slice(0, 180)}`);
  }
  return out.join('\n');
}
