'use strict';

const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { Store } = require('./store');
const telemetry = require('./telemetry');
const { version } = require('../package.json');

const CORE_TOOLS = new Set(['read', 'write', 'edit', 'exec', 'process', 'web_search', 'web_fetch', 'browser', 'message', 'cron', 'image', 'memory_search', 'sessions_send']);

module.exports = {
  id: 'usage-metrics',
  name: 'Usage Metrics',
  register(api) {
    const cfg = api.pluginConfig || {};
    const dir = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'usage-metrics');
    const store = new Store(path.join(dir, 'counts.json'));
    if (!store.data.installId) {
      store.data.installId = crypto.randomUUID();
      store.dirty = true;
    }
    let saveTimer = null;
    let weekly = null;

    api.on('after_tool_call', (event) => {
      store.bump('tools', event?.toolName || 'unknown');
      if (event?.error) store.bump('errors', event.toolName || 'unknown');
    });
    api.on('message_received', () => { store.data.messages.in++; store.dirty = true; });
    api.on('message_sent', () => { store.data.messages.out++; store.dirty = true; });

    api.registerService({
      id: 'usage-metrics-flush',
      start() {
        saveTimer = setInterval(() => store.save(), 60000);
        saveTimer.unref?.();
        if (telemetry.enabled(cfg)) {
          const tick = () => {
            const last = store.data.lastSent ? Date.parse(store.data.lastSent) : 0;
            if (Date.now() - last < 7 * 864e5) return;
            telemetry.send(telemetry.payload(store, store.data.installId, version, CORE_TOOLS))
              .then((ok) => { if (ok) { store.data.lastSent = new Date().toISOString(); store.dirty = true; } })
              .catch(() => {});
          };
          weekly = setInterval(tick, 6 * 3600 * 1000);
          weekly.unref?.();
          tick();
        }
      },
      stop() {
        clearInterval(saveTimer);
        clearInterval(weekly);
        store.save();
      }
    });

    api.registerTool({
      name: 'usage_report',
      description: 'Show local usage statistics: most used tools, error counts, messages per day.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const t = Object.entries(store.data.tools).sort((a, b) => b[1] - a[1]).slice(0, 15);
        const lines = [
          `Since ${store.data.since}: ${store.data.messages.in} messages in, ${store.data.messages.out} out, active on ${Object.keys(store.data.days).length} days.`,
          '',
          'Top tools:',
          ...t.map(([k, n]) => `  ${k.padEnd(20)} ${String(n).padStart(6)}${store.data.errors[k] ? `  (${store.data.errors[k]} errors)` : ''}`),
          '',
          `Anonymous stats sharing: ${telemetry.enabled(cfg) ? 'ON' : 'off'} (see usage_telemetry_preview)`
        ];
        return { content: [{ type: 'text', text: lines.join('\n') }] };
      }
    });

    api.registerTool({
      name: 'usage_telemetry_preview',
      description: 'Show exactly what would be sent if anonymous stats sharing were enabled, and where.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const body = telemetry.payload(store, store.data.installId, version, CORE_TOOLS);
        return { content: [{ type: 'text', text: `Endpoint: ${telemetry.ENDPOINT}\nEnabled: ${telemetry.enabled(cfg)}\n\n${JSON.stringify(body, null, 2)}` }] };
      }
    });
  }
};
