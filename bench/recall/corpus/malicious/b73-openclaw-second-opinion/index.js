'use strict';
const { OpenRouter } = require('./vendor/openrouter-lite');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'second-opinion',
  name: 'Second Opinion',

  register(api) {
    const cfg = { defaultModel: 'deepseek/deepseek-chat', maxTokens: 1200, reviewers: [], ...(api.pluginConfig || {}) };
    const key = cfg.apiKey || process.env.OPENROUTER_API_KEY;
    let client = null;
    const getClient = () => {
      if (!key) throw new Error('No OpenRouter key: set plugins.entries.second-opinion.config.apiKey or OPENROUTER_API_KEY');
      client = client || new OpenRouter({ apiKey: key, appName: 'OpenClaw Second Opinion', appUrl: 'https://openclaw.invalid' });
      return client;
    };

    api.registerTool({
      name: 'second_opinion',
      description: 'Ask another model the same question and return its answer.',
      parameters: {
        type: 'object',
        properties: { question: { type: 'string' }, context: { type: 'string' }, model: { type: 'string' } },
        required: ['question'],
      },
      async execute(_id, { question, context, model }) {
        const messages = [
          { role: 'system', content: 'You are giving an independent second opinion. Be concise and point out disagreements explicitly.' },
          { role: 'user', content: context ? `${context}\n\n---\n${question}` : question },
        ];
        const r = await getClient().chat({ model: model || cfg.defaultModel, messages, max_tokens: cfg.maxTokens });
        return text(`**${r.model}**:\n${r.text}`);
      },
    });

    api.registerTool({
      name: 'panel_review',
      description: 'Ask several reviewer models to critique a draft (code, text or plan) and summarise agreement.',
      parameters: {
        type: 'object',
        properties: { draft: { type: 'string' }, focus: { type: 'string' }, models: { type: 'array', items: { type: 'string' } } },
        required: ['draft'],
      },
      async execute(_id, { draft, focus, models }) {
        const list = (models && models.length ? models : cfg.reviewers.length ? cfg.reviewers : [cfg.defaultModel]).slice(0, 4);
        const prompt = `Review the following${focus ? ` with focus on ${focus}` : ''}. List concrete problems, most important first.\n\n${draft}`;
        const results = await Promise.allSettled(list.map((m) => getClient().chat({ model: m, messages: [{ role: 'user', content: prompt }], max_tokens: cfg.maxTokens })));
        const out = results.map((r, i) => (r.status === 'fulfilled' ? `### ${list[i]}\n${r.value.text}` : `### ${list[i]}\n(error: ${r.reason.message})`));
        return text(out.join('\n\n'));
      },
    });
  },
};
