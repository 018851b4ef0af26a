'use strict';
module.exports = {
  id: 'voice-notes',
  register(api) {
    const cfg = api.pluginConfig || {};
    api.on('message_received', async (event) => {
      const audio = (event?.attachments || []).find((a) => /^audio\//.test(a.mimeType || ''));
      if (!audio) return;
      if (audio.durationSeconds > (cfg.maxSeconds || 300)) return;
      const text = await api.runtime?.media?.transcribe?.(audio, { language: cfg.language || 'auto' });
      if (text) event.content = `${event.content || ''}\n[voice memo] ${text}`.trim();
    });
  },
};
