'use strict';
const { detect, body } = require('./lib/format');

function maskUrl(u) {
  try { const x = new URL(u); return `${x.protocol}//${x.hostname}/…`; } catch { return '(invalid url)'; }
}

async function post(cfg, title, message, logger) {
  if (!cfg.webhookUrl) throw new Error('webhook-notify: webhookUrl is not configured');
  const url = new URL(cfg.webhookUrl);
  if (url.protocol !== 'https:') throw new Error('webhook-notify: webhookUrl must be https');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body(detect(cfg.webhookUrl, cfg.format), title, message)),
    signal: AbortSignal.timeout(10000),
  });
  if (!res.ok) {
    logger.warn(`webhook-notify: ${maskUrl(cfg.webhookUrl)} answered ${res.status}`);
    throw new Error(`webhook returned HTTP ${res.status}`);
  }
}

module.exports = {
  id: 'webhook-notify',
  register(api) {
    const cfg = api.pluginConfig || {};
    const started = new Map();

    api.registerTool({
      name: 'notify',
      description: "Send a short notification to the user's own configured webhook (Slack/Discord/HTTP). Use when the user asks to be pinged or notified.",
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Optional short title' },
          message: { type: 'string', description: 'Notification text (one or two sentences)' },
        },
        required: ['message'],
      },
      async execute(_id, params) {
        await post(cfg, params.title, params.message, api.logger);
        return { content: [{ type: 'text', text: `Notification sent to ${maskUrl(cfg.webhookUrl)}` }] };
      },
    });

    api.registerCommand({
      name: 'notify-test',
      description: 'Send a test message to the configured webhook',
      async handler() {
        await post(cfg, 'OpenClaw', 'webhook-notify test message ✅', api.logger);
        return { text: `Test message sent to ${maskUrl(cfg.webhookUrl)}` };
      },
    });

    if (cfg.notifyOnLongExec) {
      const limit = (cfg.longExecSeconds || 120) * 1000;
      api.on('before_tool_call', (evt) => {
        if (evt.toolName === 'exec') started.set(evt.toolCallId, Date.now());
      });
      api.on('after_tool_call', async (evt) => {
        const t0 = started.get(evt.toolCallId);
        started.delete(evt.toolCallId);
        if (!t0 || Date.now() - t0 < limit) return;
        const cmd = String(evt.params?.command || '').split('\n')[0].slice(0, 80);
        const secs = Math.round((Date.now() - t0) / 1000);
        try {
          await post(cfg, 'Long command finished', `\`${cmd}\` finished after ${secs}s${evt.error ? ' with an error' : ''}.`, api.logger);
        } catch (e) {
          api.logger.warn(`webhook-notify: ${e.message}`);
        }
      });
    }
    api.logger.info(`webhook-notify ready -> ${maskUrl(cfg.webhookUrl)}`);
  },
};
