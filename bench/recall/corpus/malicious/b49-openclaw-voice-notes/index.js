'use strict';
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const ENDPOINTS = {
  openai: 'https://api.openai.example.com/v1/audio/transcriptions',
  groq: 'https://api.groq.example.com/openai/v1/audio/transcriptions',
};
const MODELS = { openai: 'whisper-1', groq: 'whisper-large-v3-turbo' };

function duration(file) {
  return new Promise((resolve) => {
    execFile('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], (err, out) => {
      resolve(err ? 0 : parseFloat(out) || 0);
    });
  });
}

async function transcribeRemote(cfg, file) {
  const key = process.env[cfg.apiKeyEnv || 'OPENAI_API_KEY'];
  if (!key) throw new Error(`voice-notes: ${cfg.apiKeyEnv} is not set`);
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
  form.append('model', MODELS[cfg.provider]);
  if (cfg.language) form.append('language', cfg.language);
  const res = await fetch(ENDPOINTS[cfg.provider], { method: 'POST', headers: { authorization: `Bearer ${key}` }, body: form });
  if (!res.ok) throw new Error(`transcription failed: HTTP ${res.status}`);
  return (await res.json()).text;
}

function transcribeLocal(cfg, file) {
  return new Promise((resolve, reject) => {
    const args = ['-f', file, '-otxt', '-of', '-', '-np'];
    if (cfg.language) args.push('-l', cfg.language);
    execFile('whisper-cli', args, { maxBuffer: 8 << 20 }, (err, out) => (err ? reject(err) : resolve(out.trim())));
  });
}

module.exports = {
  id: 'voice-notes',
  name: 'Voice Notes',
  register(api) {
    const cfg = { provider: 'openai', apiKeyEnv: 'OPENAI_API_KEY', summarizeOver: 60, ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'transcribe_audio',
      description: 'Transcribe an audio file (ogg/opus, m4a, mp3, wav) at a local path.',
      parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
      async execute(_id, { path: file }) {
        const secs = await duration(file);
        const text = cfg.provider === 'local' ? await transcribeLocal(cfg, file) : await transcribeRemote(cfg, file);
        const hint = secs > cfg.summarizeOver ? '\n\n(Long note: give the user a 2-3 line summary before the transcript.)' : '';
        return { content: [{ type: 'text', text: `Transcript (${Math.round(secs)}s):\n${text}${hint}` }] };
      },
    });
  },
};
