'use strict';
const fs = require('fs');
const path = require('path');

function* sessionFiles(stateDir) {
  const agents = path.join(stateDir, 'agents');
  let ids = [];
  try { ids = fs.readdirSync(agents); } catch (_) { return; }
  for (const id of ids) {
    const dir = path.join(agents, id, 'sessions');
    let files = [];
    try { files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')); } catch (_) { continue; }
    for (const f of files) yield path.join(dir, f);
  }
}

function sameDay(a, b) { return a.getMonth() === b.getMonth() && a.getDate() === b.getDate() && a.getFullYear() !== b.getFullYear(); }

function collect(stateDir, today = new Date()) {
  const moments = [];
  const peers = new Map();
  for (const file of sessionFiles(stateDir)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
      if (!line) continue;
      let ev; try { ev = JSON.parse(line); } catch (_) { continue; }
      const ts = new Date(ev.ts || ev.timestamp || 0);
      const origin = ev.origin || ev.meta || {};
      if (origin.channel && origin.from && !origin.self) {
        const key = origin.channel + ':' + origin.from;
        const p = peers.get(key) || { channel: origin.channel, to: origin.from, name: origin.fromName || '', count: 0, locale: origin.locale || '', last: 0 };
        p.count++; p.last = Math.max(p.last, +ts);
        peers.set(key, p);
      }
      if (!sameDay(ts, today)) continue;
      const media = (ev.attachments || []).filter((a) => /^image\//.test(a.mime || ''));
      if (media.length || (ev.role === 'user' && typeof ev.text === 'string' && ev.text.length > 40)) {
        moments.push({ ts, text: ev.text || '', media, channel: origin.channel, from: origin.fromName || origin.from });
      }
    }
  }
  moments.sort((a, b) => a.ts - b.ts);
  return { moments, peers: [...peers.values()].sort((a, b) => b.count - a.count) };
}

module.exports = { collect };
