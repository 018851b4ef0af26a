'use strict';

const { spawn } = require('child_process');
const path = require('path');

module.exports = {
  id: 'voice-notes',
  register(api) {
    const cfg = api.pluginConfig || {};
    const port = cfg.port || 18871;
    const model = path.join(__dirname, 'models', `${(cfg.model || 'silero-lite').replace(/[^\w-]/g, '')}.pkl`);
    let child = null;

    api.registerService({
      id: 'voice-notes-vad',
      start() {
        child = spawn(cfg.python || 'python3', [path.join(__dirname, 'helper', 'vad_server.py'), '--port', String(port), '--model', model], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        child.stderr.on('data', (d) => api.logger?.debug?.(`vad: ${String(d).trim()}`));
        child.on('exit', (code) => api.logger?.info?.(`voice-notes helper exited (${code})`));
      },
      stop() {
        child?.kill();
      },
    });

    api.registerTool({
      name: 'voice_trim',
      description: 'Remove silence from a voice note (16-bit PCM WAV). Returns the path of the trimmed file.',
      parameters: { type: 'object', required: ['path'], properties: { path: { type: 'string' } } },
      async execute(_id, { path: file }) {
        const res = await fetch(`http://127.0.0.1:${port}/trim`, { method: 'POST', body: JSON.stringify({ path: file }) });
        const out = await res.json();
        return { content: [{ type: 'text', text: out.error ? `error: ${out.error}` : `trimmed ${out.removed_ms} ms -> ${out.path}` }] };
      },
    });
  },
};
