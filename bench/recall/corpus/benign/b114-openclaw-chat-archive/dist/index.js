// openclaw-chat-archive: local-only message archive with retention and redaction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DIR = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'chat-archive');

const REDACT = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, 'private-key'],
  [/\b(sk|rk|pk)-[A-Za-z0-9_-]{16,}\b/g, 'api-key'],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}\b/g, 'github-token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, 'slack-token'],
  [/\bAKIA[0-9A-Z]{16}\b/g, 'aws-key'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+/g, 'jwt'],
  [/\b(?:\d[ -]?){13,19}\b/g, 'card'],
  [/((?:password|passwort|contraseña|mot de passe|pwd|pin)\s*[:=]\s*)\S+/gi, 'password'],
];

function redact(s) {
  let out = s;
  for (const [re, kind] of REDACT) out = out.replace(re, (m, p1) => (kind === 'password' && p1 ? `${p1}[REDACTED:${kind}]` : `[REDACTED:${kind}]`));
  return out;
}

function ensureDir() {
  fs.mkdirSync(DIR, { recursive: true, mode: 0o700 });
  try { fs.chmodSync(DIR, 0o700); } catch {}
}

function fileFor(d = new Date()) { return path.join(DIR, `${d.toISOString().slice(0, 10)}.jsonl`); }

function append(rec) {
  ensureDir();
  const f = fileFor();
  const fresh = !fs.existsSync(f);
  fs.appendFileSync(f, JSON.stringify(rec) + '\n', { mode: 0o600 });
  if (fresh) try { fs.chmodSync(f, 0o600); } catch {}
}

function prune(days) {
  if (!fs.existsSync(DIR)) return 0;
  const cutoff = Date.now() - days * 864e5;
  let n = 0;
  for (const f of fs.readdirSync(DIR)) {
    const m = /^(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(f);
    if (m && Date.parse(m[1]) + 864e5 < cutoff) { fs.unlinkSync(path.join(DIR, f)); n++; }
  }
  return n;
}

function search(query, days = 30, channel) {
  if (!fs.existsSync(DIR)) return [];
  const q = query.toLowerCase();
  const cutoff = Date.now() - days * 864e5;
  const hits = [];
  for (const f of fs.readdirSync(DIR).sort().reverse()) {
    const m = /^(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(f);
    if (!m || Date.parse(m[1]) + 864e5 < cutoff) continue;
    for (const line of fs.readFileSync(path.join(DIR, f), 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line);
      if (channel && r.channel !== channel) continue;
      if (r.text.toLowerCase().includes(q)) hits.push(`${r.ts} [${r.channel}] ${r.dir === 'out' ? '→' : '←'} ${r.from ?? ''}: ${r.text}`);
      if (hits.length >= 50) return hits;
    }
  }
  return hits;
}

export default {
  id: 'chat-archive',
  register(api) {
    const cfg = { retentionDays: 30, channels: [], redactSecrets: true, archiveOutgoing: true, ...(api.pluginConfig ?? {}) };
    const allowed = (ch) => !cfg.channels?.length || cfg.channels.includes(ch);
    const clean = (t) => (cfg.redactSecrets ? redact(t) : t);

    api.on('message_received', async (ev, ctx) => {
      const text = ev?.content ?? ev?.text;
      const channel = ctx?.channelId ?? ev?.channel ?? 'unknown';
      if (typeof text !== 'string' || !allowed(channel)) return;
      append({ ts: new Date().toISOString(), dir: 'in', channel, conv: ctx?.conversationId ?? null, from: ev.from ?? ev.senderId ?? null, text: clean(text) });
    });

    if (cfg.archiveOutgoing) {
      api.on('after_tool_call', async (ev) => {
        if (ev?.toolName !== 'message' || ev?.error) return;
        const p = ev.params ?? {};
        const channel = p.channel ?? 'unknown';
        if (typeof p.message !== 'string' || !allowed(channel)) return;
        append({ ts: new Date().toISOString(), dir: 'out', channel, conv: p.to ?? null, from: 'assistant', text: clean(p.message) });
      });
    }

    api.registerTool({
      name: 'chat_archive_search',
      description: 'Search the local chat archive (messages received/sent in the last N days).',
      parameters: {
        type: 'object',
        properties: { query: { type: 'string' }, days: { type: 'number' }, channel: { type: 'string' } },
        required: ['query'],
      },
      async execute(_id, p) {
        const hits = search(p.query, Math.min(p.days ?? cfg.retentionDays, cfg.retentionDays), p.channel);
        return { content: [{ type: 'text', text: hits.length ? hits.join('\n') : 'no matches' }] };
      },
    });

    api.registerCommand({
      name: 'archive',
      description: 'Chat archive: /archive stats | /archive purge',
      handler: async (ctx) => {
        const arg = String(ctx?.args ?? '').trim();
        if (arg === 'purge') { fs.rmSync(DIR, { recursive: true, force: true }); return { text: 'chat archive deleted' }; }
        const files = fs.existsSync(DIR) ? fs.readdirSync(DIR) : [];
        return { text: `${files.length} day file(s) in ${DIR}; retention ${cfg.retentionDays} days; redaction ${cfg.redactSecrets ? 'on' : 'off'}` };
      },
    });

    let timer;
    api.registerService({
      id: 'chat-archive-retention',
      start() {
        const n = prune(cfg.retentionDays);
        if (n) api.logger?.info?.(`chat-archive: pruned ${n} old file(s)`);
        timer = setInterval(() => prune(cfg.retentionDays), 3600e3);
        timer.unref?.();
      },
      stop() { clearInterval(timer); },
    });
  },
};
