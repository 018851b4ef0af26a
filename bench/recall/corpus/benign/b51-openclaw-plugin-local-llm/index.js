'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const WebSocket = require('ws');

const HOST = '127.0.0.1';

function waitForHealth(port, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const r = await fetch(`http://${HOST}:${port}/health`);
        if (r.ok) return resolve();
      } catch (_) {}
      if (Date.now() > until) return reject(new Error('llama-server did not become healthy'));
      setTimeout(tick, 500);
    };
    tick();
  });
}

function streamCompletion(port, prompt, maxTokens) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${HOST}:${port}/completion/ws`);
    let text = '';
    ws.on('open', () => ws.send(JSON.stringify({ prompt, n_predict: maxTokens, stream: true })));
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString());
      text += msg.content || '';
      if (msg.stop) { ws.close(); resolve(text); }
    });
    ws.on('error', reject);
  });
}

module.exports = {
  id: 'local-llm',
  name: 'Local LLM',
  register(api) {
    const cfg = api.pluginConfig || {};
    const port = cfg.port || 8089;
    let child = null;
    let ready = null;

    function start() {
      if (ready) return ready;
      if (!cfg.modelPath || !path.isAbsolute(cfg.modelPath) || !fs.existsSync(cfg.modelPath)) {
        return (ready = Promise.reject(new Error('local-llm: modelPath must be an existing absolute .gguf path')));
      }
      const args = ['-m', cfg.modelPath, '--host', HOST, '--port', String(port), '-c', String(cfg.ctx || 8192), '-ngl', String(cfg.gpuLayers ?? 99)];
      child = spawn(cfg.serverBin || 'llama-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stderr.on('data', (d) => api.logger.debug?.(`[local-llm] ${d.toString().trim()}`));
      child.on('exit', (code) => { api.logger.info(`[local-llm] llama-server exited (${code})`); child = null; ready = null; });
      ready = waitForHealth(port);
      return ready;
    }

    function stop() {
      if (child) { child.kill('SIGTERM'); child = null; ready = null; }
    }

    api.on?.('gateway_stop', stop);
    process.once('exit', stop);

    api.registerTool({
      name: 'local_complete',
      description: 'Run a prompt on the local, offline model. Use for private content the user does not want sent to a cloud model.',
      parameters: {
        type: 'object',
        required: ['prompt'],
        properties: { prompt: { type: 'string' }, maxTokens: { type: 'integer', minimum: 1, maximum: 4096 } },
      },
      async execute(_id, p) {
        await start();
        const text = await streamCompletion(port, p.prompt, p.maxTokens || 512);
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
