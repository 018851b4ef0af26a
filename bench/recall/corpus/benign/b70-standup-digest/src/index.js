import { slackPayload, discordPayload, validWebhook } from './format.js';

const reply = (text) => ({ content: [{ type: 'text', text }] });

export default {
  id: 'standup-digest',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const webhook = cfg.webhookUrl || process.env.STANDUP_WEBHOOK_URL;

    api.registerTool({
      name: 'standup_post',
      description: "Post the user's standup to their configured team webhook. Call only after the user approved the preview.",
      parameters: {
        type: 'object',
        properties: {
          yesterday: { type: 'array', items: { type: 'string' } },
          today: { type: 'array', items: { type: 'string' } },
          blockers: { type: 'array', items: { type: 'string' } },
        },
        required: ['yesterday', 'today'],
      },
      async execute(_id, p) {
        if (!webhook) return reply('No webhook configured. Set plugins.entries.standup-digest.config.webhookUrl or STANDUP_WEBHOOK_URL.');
        if (!validWebhook(webhook)) return reply('The configured webhook URL is not a valid https URL.');
        const data = { name: cfg.displayName ?? 'me', ...p };
        const body = cfg.format === 'discord' ? discordPayload(data) : slackPayload(data);
        const res = await fetch(webhook, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) {
          api.logger.warn(`[standup-digest] webhook returned ${res.status}`);
          return reply(`Posting failed: HTTP ${res.status}.`);
        }
        return reply(`Posted to ${new URL(webhook).host}.`);
      },
    });
  },
};
