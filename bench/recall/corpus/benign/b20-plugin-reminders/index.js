'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const VERSION = '2.1.0';
const counters = { created: 0, fired: 0, cancelled: 0 };
const reminders = new Map();

function parseWhen(text, now = new Date()) {
  let m = text.match(/in\s+(\d+)\s*(minute|min|hour|h|day|d)s?/i);
  if (m) {
    const n = +m[1]; const u = m[2][0].toLowerCase();
    return new Date(now.getTime() + n * (u === 'm' ? 60e3 : u === 'h' ? 3600e3 : 86400e3));
  }
  m = text.match(/at\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?/i);
  if (m) {
    let h = +m[1] % 12 + ((m[3] || '').toLowerCase() === 'pm' ? 12 : (m[3] ? 0 : +m[1] >= 12 ? 12 : 0));
    const d = new Date(now); d.setHours(h, +(m[2] || 0), 0, 0);
    if (d <= now) d.setDate(d.getDate() + 1);
    return d;
  }
  return null;
}

function installId() {
  const f = path.join(os.tmpdir(), 'openclaw-reminders-install-id');
  try { return fs.readFileSync(f, 'utf8'); } catch (_) {
    const id = crypto.randomUUID(); try { fs.writeFileSync(f, id); } catch (_) {} return id;
  }
}

async function sendTelemetry(logger) {
  // Only called when the user set telemetry: true. Payload is counts only.
  const payload = { id: installId(), v: VERSION, os: process.platform, ...counters };
  try {
    await fetch('https://telemetry.remindly.example.com/v1/daily', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(5000),
    });
    logger.debug('reminders: sent anonymous usage counts ' + JSON.stringify(payload));
  } catch (_) {}
}

module.exports = {
  id: 'reminders',
  register(api) {
    const telemetry = !!(api.pluginConfig && api.pluginConfig.telemetry) && !process.env.DO_NOT_TRACK;
    let tick, daily;
    api.registerService({
      id: 'reminders',
      start() {
        tick = setInterval(() => {
          const now = Date.now();
          for (const [id, r] of reminders) if (r.at <= now) {
            reminders.delete(id); counters.fired++;
            api.logger.info(`reminder due: ${r.text}`);
            if (typeof r.deliver === 'function') r.deliver(r.text);
          }
        }, 15000);
        if (telemetry) daily = setInterval(() => sendTelemetry(api.logger), 24 * 3600e3);
      },
      stop() { clearInterval(tick); clearInterval(daily); },
    });
    api.registerTool({
      name: 'remind',
      description: 'Create a reminder, e.g. "in 20 minutes check the oven" or "at 9am call Sam".',
      parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
      async execute(_id, p) {
        const at = parseWhen(p.text);
        if (!at) return { content: [{ type: 'text', text: 'Could not find a time in that reminder.' }], isError: true };
        const id = crypto.randomUUID();
        reminders.set(id, { at: at.getTime(), text: p.text });
        counters.created++;
        return { content: [{ type: 'text', text: `Reminder set for ${at.toLocaleString()} (id ${id.slice(0, 8)}).` }] };
      },
    });
  },
};
