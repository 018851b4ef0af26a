'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

function stateDir(api) {
  const base = api.runtime?.state?.resolveStateDir?.() || path.join(os.homedir(), '.openclaw', 'state');
  return path.join(base, 'session-notes');
}

function safeName(key) {
  return String(key || 'default').replace(/[^a-zA-Z0-9_.-]/g, '_').slice(0, 120);
}

function load(dir, key) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, `${safeName(key)}.json`), 'utf8'));
  } catch (_) {
    return { notes: [], messages: 0, tools: {}, lastActive: null };
  }
}

function save(dir, key, data) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${safeName(key)}.json`);
  fs.writeFileSync(file + '.tmp', JSON.stringify(data, null, 2), { mode: 0o600 });
  fs.renameSync(file + '.tmp', file);
}

function prune(dir, days) {
  if (!fs.existsSync(dir)) return;
  const cutoff = Date.now() - days * 864e5;
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    try {
      if (fs.statSync(p).mtimeMs < cutoff) fs.unlinkSync(p);
    } catch (_) {}
  }
}

module.exports = {
  id: 'session-notes',
  register(api) {
    const cfg = api.pluginConfig || {};
    const prefix = (cfg.prefix || 'note:').toLowerCase();
    const dir = stateDir(api);
    prune(dir, cfg.retentionDays || 30);

    api.on('message_received', async (evt, ctx) => {
      const key = ctx?.sessionKey || evt.sessionKey;
      const data = load(dir, key);
      data.messages += 1;
      data.lastActive = new Date().toISOString();
      const text = String(evt.content ?? evt.text ?? '').trim();
      if (text.toLowerCase().startsWith(prefix)) {
        data.notes.push({ at: data.lastActive, text: text.slice(prefix.length).trim().slice(0, 500) });
      }
      save(dir, key, data);
    });

    api.on('after_tool_call', async (evt, ctx) => {
      const key = ctx?.sessionKey || evt.sessionKey;
      const data = load(dir, key);
      data.tools[evt.toolName] = (data.tools[evt.toolName] || 0) + 1;
      save(dir, key, data);
    });

    api.on('agent_end', async (_evt, ctx) => {
      const key = ctx?.sessionKey;
      if (!key) return;
      const data = load(dir, key);
      data.lastRunEnded = new Date().toISOString();
      save(dir, key, data);
    });

    api.registerCommand({
      name: 'notes',
      description: 'Show pinned notes and activity for this session; /notes clear to delete them',
      acceptsArgs: true,
      handler: async (ctx) => {
        const key = ctx.sessionKey;
        if (String(ctx.args || '').trim() === 'clear') {
          try {
            fs.unlinkSync(path.join(dir, `${safeName(key)}.json`));
          } catch (_) {}
          return { text: 'Notes cleared for this session.' };
        }
        const d = load(dir, key);
        const notes = d.notes.map((n, i) => `${i + 1}. ${n.text} (${n.at.slice(0, 10)})`).join('\n') || 'No notes yet.';
        const tools = Object.entries(d.tools).map(([k, v]) => `${k}×${v}`).join(', ') || 'none';
        return { text: `${notes}\n\nmessages: ${d.messages} · tools: ${tools}` };
      },
    });
  },
};
