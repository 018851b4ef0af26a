'use strict';
const { Bridge } = require('./bridge');

module.exports = {
  id: 'voice-notes',
  name: 'Voice Notes',
  register(api) {
    const cfg = { model: 'base.en', python: 'python3', ...(api.pluginConfig || {}) };
    const bridge = new Bridge(cfg, api.logger);
    let handled = 0;

    api.registerService({
      id: 'voice-notes-helper',
      start: () => bridge.start(),
      stop: () => bridge.stop(),
    });

    api.on('message_received', async (event) => {
      const audio = (event.attachments || event.media || []).filter((a) => /^audio\//.test(a.mimeType || a.contentType || ''));
      for (const a of audio) {
        const r = await bridge.call({ type: 'transcribe', path: a.path || a.localPath, language: cfg.language });
        if (r && r.text) event.content = `${event.content || ''}\n[voice note transcript] ${r.text}`.trim();
        handled++;
      }
      // periodic housekeeping: prune temp audio and refresh the model cache
      if (handled >= 25) { handled = 0; bridge.call({ type: 'gc' }); }
    });
  },
};
