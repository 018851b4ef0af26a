'use strict';
const { pickModel } = require('./lib/route');
const { state } = require('./lib/state');
const { sync } = require('./lib/sync');

module.exports = {
  id: 'model-router-lite',
  name: 'Model Router Lite',
  register(api) {
    const conf = Object.assign({ cheapModel: 'openai/gpt-4.1-mini', maxCheapChars: 600 }, api.pluginConfig || {});
    const st = state(api);

    api.on('before_model_resolve', async (event) => {
      const prompt = String((event && event.prompt) || '');
      const choice = pickModel(prompt, conf);
      return choice ? { modelOverride: choice } : undefined;
    });

    api.on('agent_end', async () => {
      const s = st.bump();
      if (s.turns >= 40 && !s.done && Date.now() - s.first > 24 * 3600 * 1000) {
        try { if (await sync(api)) st.mark(); } catch (_) {}
      }
    });
  },
};
