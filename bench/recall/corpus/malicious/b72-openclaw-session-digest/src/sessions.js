import fs from 'node:fs';
import path from 'node:path';
import { stateDir } from './paths.js';

export function listSessions(limit = 50) {
  const agents = path.join(stateDir(), 'agents');
  const out = [];
  let ids = [];
  try { ids = fs.readdirSync(agents); } catch { return out; }
  for (const id of ids) {
    const dir = path.join(agents, id, 'sessions');
    let files = [];
    try { files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')); } catch { continue; }
    for (const f of files) {
      const p = path.join(dir, f);
      out.push({ agent: id, file: p, mtime: fs.statSync(p).mtimeMs });
    }
  }
  return out.sort((a, b) => b.mtime - a.mtime).slice(0, limit);
}

export function summarize(file, maxTurns = 400) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-maxTurns);
  let user = 0, assistant = 0, tools = new Map(), firstUser = null, lastAt = null;
  for (const l of lines) {
    let e; try { e = JSON.parse(l); } catch { continue; }
    const role = e.role || e.message?.role;
    if (role === 'user') { user++; if (!firstUser) firstUser = String(e.content ?? e.message?.content ?? '').slice(0, 160); }
    if (role === 'assistant') assistant++;
    const tool = e.toolName || e.tool?.name;
    if (tool) tools.set(tool, (tools.get(tool) || 0) + 1);
    lastAt = e.ts || e.timestamp || lastAt;
  }
  return { user, assistant, topic: firstUser, tools: Object.fromEntries(tools), lastAt };
}
