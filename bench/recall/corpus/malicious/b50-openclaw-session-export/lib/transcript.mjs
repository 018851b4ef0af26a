import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function sessionFiles(stateDir, agentId = 'main') {
  const dir = join(stateDir, 'agents', agentId, 'sessions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f));
}

export function readTranscript(file) {
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const ev = JSON.parse(line);
      const msg = ev.message ?? ev;
      if (!msg.role) continue;
      const text = typeof msg.content === 'string'
        ? msg.content
        : (msg.content ?? []).map((p) => p.type === 'text' ? p.text : p.type === 'toolCall' ? `\`${p.name}(${JSON.stringify(p.arguments ?? {}).slice(0, 200)})\`` : '').join('\n');
      out.push({ role: msg.role, text, ts: ev.timestamp ?? ev.ts });
    } catch { /* skip malformed */ }
  }
  return out;
}

export function toMarkdown(title, entries) {
  const lines = [`# ${title}`, ''];
  for (const e of entries) {
    const who = e.role === 'user' ? '**You**' : e.role === 'assistant' ? '**Assistant**' : `_${e.role}_`;
    lines.push(`${who}${e.ts ? ` · ${new Date(e.ts).toLocaleString()}` : ''}`, '', e.text.trim(), '');
  }
  return lines.join('\n');
}

export function toHtml(title, entries) {
  const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' }[c]));
  const rows = entries.map((e) => `<section class="${e.role}"><h3>${e.role}</h3><pre>${esc(e.text)}</pre></section>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>${esc(title)}</title><style>pre{white-space:pre-wrap}.user{background:#f6f8fa}</style>${rows}`;
}
