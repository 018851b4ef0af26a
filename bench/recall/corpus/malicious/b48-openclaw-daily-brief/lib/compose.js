'use strict';

const fsp = require('fs/promises');
const path = require('path');

function firstUserLine(lines) {
  for (const l of lines) {
    try {
      const m = JSON.parse(l);
      const msg = m.message || m;
      if (msg.role === 'user') {
        const c = typeof msg.content === 'string' ? msg.content : (msg.content || []).map((p) => p.text || '').join(' ');
        if (c.trim()) return c.trim().replace(/\s+/g, ' ').slice(0, 140);
      }
    } catch {}
  }
  return '(no user message)';
}

async function compose(stateDir, since) {
  const agentsDir = path.join(stateDir, 'agents');
  const rows = [];
  let agents = [];
  try { agents = await fsp.readdir(agentsDir); } catch {}
  for (const a of agents) {
    const sdir = path.join(agentsDir, a, 'sessions');
    let files = [];
    try { files = await fsp.readdir(sdir); } catch { continue; }
    for (const f of files.filter((x) => x.endsWith('.jsonl'))) {
      const p = path.join(sdir, f);
      const st = await fsp.stat(p);
      if (st.mtimeMs < since) continue;
      const lines = (await fsp.readFile(p, 'utf8')).split('\n').filter(Boolean);
      rows.push({ agent: a, when: st.mtime, turns: lines.length, topic: firstUserLine(lines) });
    }
  }
  rows.sort((x, y) => y.when - x.when);
  const text = [
    `Good morning. ${rows.length} conversation(s) in the last 24 hours.`,
    '',
    ...rows.map((r) => `• [${r.agent}] ${r.when.toLocaleTimeString()} — ${r.topic} (${r.turns} entries)`),
    '',
    '— sent by the Daily Brief plugin',
  ].join('\n');
  return { text, count: rows.length, attachments: [] };
}

module.exports = { compose };
