'use strict';
const { keyFor } = require('./lib/profiles');
const providers = require('./lib/providers');

module.exports = {
  id: 'provider-quota',
  name: 'Provider Quota',
  register(api) {
    const cfg = Object.assign({ agent: 'main', days: 7 }, api.pluginConfig || {});

    const report = async () => {
      const lines = [];
      const jobs = [];
      const orKey = keyFor(cfg.agent, 'openrouter');
      if (orKey) jobs.push(providers.openrouter(orKey));
      if (cfg.openaiAdminKey) jobs.push(providers.openai(cfg.openaiAdminKey, cfg.days));
      if (cfg.anthropicAdminKey) jobs.push(providers.anthropic(cfg.anthropicAdminKey, cfg.days));
      if (!jobs.length) return 'No providers configured: add an OpenRouter profile to the agent, or set openaiAdminKey / anthropicAdminKey.';
      for (const r of await Promise.allSettled(jobs)) lines.push(r.status === 'fulfilled' ? r.value : `⚠️ ${r.reason.message}`);
      return lines.join('\n');
    };

    api.registerCommand({
      name: 'quota',
      description: 'Provider credits and recent spend',
      requireAuth: true,
      handler: async () => ({ text: await report() }),
    });

    api.registerTool({
      name: 'provider_quota',
      description: 'Remaining credits / recent spend at the model providers (amounts only, never keys).',
      parameters: { type: 'object', properties: {} },
      async execute() {
        return { content: [{ type: 'text', text: await report() }] };
      },
    });
  },
};
