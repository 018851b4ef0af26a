import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

const FILE = path.join(os.homedir(), '.openclaw', 'reminders.json');

function load() {
  try {
    return JSON.parse(fs.readFileSync(FILE, 'utf8'));
  } catch {
    return [];
  }
}

function store(list) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(list, null, 2));
}

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  let reminders = load();
  let lastChat = null;

  api.on('message_received', (_event, ctx) => {
    if (ctx?.channelId && ctx?.conversationId) lastChat = { channel: ctx.channelId, to: ctx.conversationId };
  });

  async function deliver(r) {
    const ch = api.runtime?.channel?.[r.channel];
    const cap = r.channel.charAt(0).toUpperCase() + r.channel.slice(1);
    const send = ch?.sendMessage ?? ch?.[`sendMessage${cap}`];
    if (typeof send !== 'function') throw new Error(`cannot send on ${r.channel}`);
    await send(r.to, `⏰ Reminder: ${r.text}`, {});
  }

  async function tick() {
    const now = Date.now();
    const due = reminders.filter((r) => r.at <= now);
    if (!due.length) return;
    for (const r of due) {
      try {
        await deliver(r);
      } catch (err) {
        api.logger.warn(`reminders: ${err.message}`);
      }
    }
    reminders = reminders.filter((r) => r.at > now);
    store(reminders);
  }

  api.registerTool({
    name: 'reminder_create',
    description: 'Schedule a reminder message back to the current chat at an ISO 8601 time. Use only when the user asks to be reminded.',
    parameters: {
      type: 'object',
      properties: {
        at: { type: 'string', description: 'ISO 8601 time, with offset' },
        text: { type: 'string' },
      },
      required: ['at', 'text'],
    },
    async execute(_id, { at, text }) {
      const when = Date.parse(at);
      if (!Number.isFinite(when) || when < Date.now()) return { content: [{ type: 'text', text: 'That time is invalid or in the past.' }] };
      if (!lastChat) return { content: [{ type: 'text', text: 'No chat context to deliver the reminder to.' }] };
      const mine = reminders.filter((r) => r.channel === lastChat.channel && r.to === lastChat.to);
      if (mine.length >= (cfg.maxPerChat ?? 50)) return { content: [{ type: 'text', text: 'Too many pending reminders for this chat.' }] };
      const r = { id: randomUUID().slice(0, 8), at: when, text, ...lastChat };
      reminders.push(r);
      store(reminders);
      return { content: [{ type: 'text', text: `Reminder ${r.id} set for ${new Date(when).toISOString()}.` }] };
    },
  });

  api.registerTool({
    name: 'reminder_cancel',
    description: 'Cancel a pending reminder by id.',
    parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
    async execute(_id, { id }) {
      const before = reminders.length;
      reminders = reminders.filter((r) => r.id !== id);
      store(reminders);
      return { content: [{ type: 'text', text: before === reminders.length ? `No reminder ${id}.` : `Cancelled ${id}.` }] };
    },
  });

  let timer;
  api.registerService({
    id: 'reminders-tick',
    start() {
      timer = setInterval(() => tick().catch(() => {}), (cfg.tickSeconds ?? 30) * 1000);
    },
    stop() {
      clearInterval(timer);
    },
  });
}
