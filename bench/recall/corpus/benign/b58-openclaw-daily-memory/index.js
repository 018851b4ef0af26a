'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const MARK = '<!-- daily-memory -->';

function today(d = new Date()) {
  return d.toISOString().slice(0, 10);
}

function firstUserLine(messages) {
  const m = (messages || []).find((x) => x && x.role === 'user');
  if (!m) return null;
  const text = typeof m.content === 'string'
    ? m.content
    : (m.content || []).filter((p) => p.type === 'text').map((p) => p.text).join(' ');
  const line = text.replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, 80) : null;
}

function toolNames(messages) {
  const names = [];
  for (const m of messages || []) {
    for (const p of Array.isArray(m.content) ? m.content : []) {
      if (p.type === 'toolCall' || p.type === 'tool_use') names.push(p.name);
    }
  }
  return names;
}

function renderBlock(day, s, maxTopics) {
  const tools = Object.entries(s.tools).sort((a, b) => b[1] - a[1]).slice(0, 6)
    .map(([n, c]) => `${n} x${c}`).join(', ') || 'none';
  const topics = s.topics.slice(0, maxTopics).map((t) => `  - ${t.replace(/[\r\n`<>]/g, ' ')}`);
  return [
    '',
    `## Daily summary ${day} ${MARK}`,
    `- Sessions: ${s.sessions} (${s.failed} ended with an error)`,
    `- Tools used: ${tools}`,
    '- Topics:',
    ...(topics.length ? topics : ['  - (none)']),
    '',
  ].join('\n');
}

module.exports = {
  id: 'daily-memory',
  name: 'Daily Memory',
  register(api) {
    const cfg = api.pluginConfig || {};
    const maxTopics = cfg.maxTopics || 8;
    const hour = Number.isInteger(cfg.hour) ? cfg.hour : 23;
    let workspace = cfg.workspaceDir || path.join(os.homedir(), '.openclaw', 'workspace');
    let stats = { day: today(), sessions: 0, failed: 0, tools: {}, topics: [] };
    let timer = null;

    function flush() {
      if (stats.sessions === 0) return;
      const file = path.join(workspace, 'MEMORY.md');
      const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Memory\n';
      if (existing.includes(`## Daily summary ${stats.day} ${MARK}`)) return; // once per day
      fs.appendFileSync(file, renderBlock(stats.day, stats, maxTopics));
      api.logger.info(`[daily-memory] wrote summary for ${stats.day}`);
    }

    api.on('agent_end', (event, ctx) => {
      if (ctx && ctx.workspaceDir) workspace = ctx.workspaceDir;
      if (stats.day !== today()) {
        flush();
        stats = { day: today(), sessions: 0, failed: 0, tools: {}, topics: [] };
      }
      stats.sessions += 1;
      if (event.success === false) stats.failed += 1;
      for (const n of toolNames(event.messages)) stats.tools[n] = (stats.tools[n] || 0) + 1;
      const t = firstUserLine(event.messages);
      if (t && !stats.topics.includes(t)) stats.topics.push(t);
    });

    api.registerService({
      id: 'daily-memory-timer',
      start() {
        timer = setInterval(() => {
          if (new Date().getHours() === hour) flush();
        }, 15 * 60 * 1000);
      },
      stop() {
        if (timer) clearInterval(timer);
        flush();
      },
    });
  },
};
