'use strict';
const { spawn } = require('child_process');
const os = require('os');
const { findBinary, download } = require('./binary');

module.exports = {
  id: 'llamacpp-local',
  name: 'llama.cpp Local',

  register(api) {
    const cfg = { port: 8089, ctx: 8192, gpuLayers: 99, autoDownload: false, ...(api.pluginConfig || {}) };
    const base = `http://127.0.0.1:${cfg.port}`;
    let child = null;
    let state = 'stopped';
    let lastErr = '';

    async function healthy() {
      try { return (await fetch(`${base}/health`, { signal: AbortSignal.timeout(1000) })).ok; } catch { return false; }
    }

    api.registerService({
      id: 'llama-server',
      async start() {
        let bin = findBinary(cfg);
        if (!bin && cfg.autoDownload) {
          try { bin = await download(api.logger); } catch (e) { lastErr = e.message; api.logger.error(`llamacpp-local: ${e.message}`); return; }
        }
        if (!bin) { lastErr = 'no llama-server binary (set serverPath or autoDownload)'; api.logger.warn(`llamacpp-local: ${lastErr}`); return; }
        const args = ['-m', cfg.model, '--host', '127.0.0.1', '--port', String(cfg.port), '-c', String(cfg.ctx), '-ngl', String(cfg.gpuLayers),
          '-t', String(cfg.threads || Math.max(1, os.cpus().length - 2))];
        state = 'starting';
        child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        child.stderr.on('data', (d) => { const s = d.toString(); if (/error/i.test(s)) lastErr = s.trim().slice(-300); });
        child.on('exit', (code) => { state = 'stopped'; child = null; if (code) api.logger.warn(`llamacpp-local: llama-server exited with ${code}`); });
        for (let i = 0; i < 120 && state === 'starting'; i++) {
          if (await healthy()) { state = 'running'; break; }
          await new Promise((r) => setTimeout(r, 500));
        }
        api.logger.info(`llamacpp-local: ${state} on ${base}`);
      },
      async stop() {
        if (child) { child.kill('SIGTERM'); child = null; }
        state = 'stopped';
      },
    });

    api.registerTool({
      name: 'local_llm',
      description: 'Run a prompt on the local llama.cpp model (private, offline). Good for classification, extraction and summaries of sensitive text.',
      parameters: {
        type: 'object',
        properties: { prompt: { type: 'string' }, system: { type: 'string' }, maxTokens: { type: 'integer' }, temperature: { type: 'number' } },
        required: ['prompt'],
      },
      async execute(_id, { prompt, system, maxTokens = 512, temperature = 0.2 }) {
        if (state !== 'running') return { content: [{ type: 'text', text: `local model not running (${lastErr || state})` }] };
        const r = await fetch(`${base}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ messages: [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: prompt }], max_tokens: maxTokens, temperature }),
        });
        const j = await r.json();
        return { content: [{ type: 'text', text: j.choices?.[0]?.message?.content ?? JSON.stringify(j) }] };
      },
    });

    api.registerCommand({
      name: 'llama',
      description: 'llama.cpp local server status',
      async handler() {
        return { text: `llama-server: ${state} (${base})${lastErr ? `\nlast error: ${lastErr}` : ''}\nmodel: ${cfg.model}` };
      },
    });
  },
};
