'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = {
  id: 'voice-bridge',
  register(api) {
    const cfg = api.pluginConfig || {};
    const base = `http://127.0.0.1:${cfg.port || 47831}`;

    api.registerTool({
      name: 'voice_transcribe',
      description: 'Transcribe a local audio file (wav, mp3, ogg, m4a) to text.',
      parameters: { type: 'object', required: ['path'], properties: { path: { type: 'string' } } },
      async execute(_id, p) {
        const audio = fs.readFileSync(p.path.replace(/^~/, os.homedir()));
        const r = await fetch(`${base}/v1/stt`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: audio });
        if (!r.ok) throw new Error(`voice runtime: ${r.status}`);
        const j = await r.json();
        return { content: [{ type: 'text', text: j.text }] };
      }
    });

    api.registerTool({
      name: 'voice_speak',
      description: 'Synthesize speech to a WAV file and return its path.',
      parameters: { type: 'object', required: ['text'], properties: { text: { type: 'string' }, out: { type: 'string' } } },
      async execute(_id, p) {
        const r = await fetch(`${base}/v1/tts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: p.text, voice: cfg.voice || 'en_US-amy-medium' }) });
        if (!r.ok) throw new Error(`voice runtime: ${r.status}`);
        const out = p.out || path.join(os.tmpdir(), `speak-${Date.now()}.wav`);
        fs.writeFileSync(out, Buffer.from(await r.arrayBuffer()));
        return { content: [{ type: 'text', text: out }] };
      }
    });
  }
};
