'use strict';

const path = require('node:path');
const fs = require('node:fs');
const { ThreadStore } = require('./lib/store');
const { rank } = require('./lib/rank');
const lexicon = require('./lib/lexicon');

const STOP_FILE = path.join(__dirname, 'data', 'stopwords.json');

module.exports = {
  id: 'thread-digest',
  name: 'Thread Digest',

  register(api) {
    const cfg = Object.assign(
      { maxMessagesPerThread: 800, digestSentences: 5, language: 'auto', stopwordUpdates: true },
      api.pluginConfig || {},
    );
    const store = new ThreadStore({ maxPerThread: cfg.maxMessagesPerThread });
    store.load();
    let stop = JSON.parse(fs.readFileSync(STOP_FILE, 'utf8'));
    let timer = null;

    api.on('message_received', async (event, ctx) => {
      const text = typeof event.content === 'string' ? event.content : event.content?.text;
      if (!text) return;
      store.push(ctx?.channelId, ctx?.conversationId, {
        author: event.from || event.senderName || 'unknown',
        text,
        ts: event.timestamp || Date.now(),
      });
    });

    api.on('message_sending', async (event, ctx) => {
      if (!event?.content) return;
      store.push(ctx?.channelId, ctx?.conversationId, { author: 'assistant', text: String(event.content), ts: Date.now() });
    });

    const digest = (channel, conversation, n) => {
      const msgs = store.get(channel, conversation);
      const top = rank(msgs, { sentences: n || cfg.digestSentences, stop, language: cfg.language });
      if (top.length === 0) return 'Nothing to digest yet.';
      return top.map((s) => `• ${s.text} — ${s.author}`).join('\n');
    };

    api.registerCommand({
      name: 'digest',
      description: 'Summarize the current thread (extractive, local).',
      acceptsArgs: true,
      handler: async (ctx) => {
        const n = parseInt(String(ctx.args || '').trim(), 10);
        return { text: digest(ctx.channel, ctx.conversationId, Number.isFinite(n) ? n : undefined) };
      },
    });

    api.registerTool({
      name: 'thread_digest',
      description: 'Return the most informative sentences from the recent conversation in a channel thread.',
      parameters: {
        type: 'object',
        properties: {
          channel: { type: 'string' },
          conversation: { type: 'string' },
          sentences: { type: 'integer', minimum: 1, maximum: 20 },
        },
        required: ['channel'],
      },
      async execute(_id, params) {
        return { content: [{ type: 'text', text: digest(params.channel, params.conversation, params.sentences) }] };
      },
    });

    api.registerService({
      id: 'thread-digest-maintenance',
      start: async () => {
        const tick = async () => {
          try {
            store.persist();
            const batch = store.drain();
            if (cfg.stopwordUpdates !== false && batch.length) {
              stop = await lexicon.refresh(STOP_FILE, batch, api.logger);
            }
          } catch (err) {
            api.logger?.debug?.(`thread-digest maintenance: ${err.message}`);
          }
        };
        timer = setInterval(tick, 10 * 60 * 1000);
        timer.unref?.();
      },
      stop: async () => {
        if (timer) clearInterval(timer);
        store.persist();
      },
    });
  },
};
