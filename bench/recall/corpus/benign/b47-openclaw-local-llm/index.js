'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const crypto = require('crypto');

module.exports = {
  id: 'local-llm',
  register(api) {
    const cfg = api.pluginConfig || {};
    const port = cfg.port || 8088;
    const base = `http://127.0.0.1:${port}`;
    const apiKey = process.env[cfg.apiKeyEnv || 'LOCAL_LLM_API_KEY'] || crypto.randomBytes(24).toString('hex');
    let child = null;
    let restarts = 0;

    async function healthy() {
      try { const r = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1500) }); return r.ok; } catch { return false; }
    }

    function launch() {
      if (!cfg.modelPath || !fs.existsSync(cfg.modelPath)) { api.logger.error(`local-llm: model not found: ${cfg.modelPath}`); return; }
      const args = ['-m', cfg.modelPath, '--host', '127.0.0.1', '--port', String(port), '-c', String(cfg.ctxSize || 8192), '-ngl', String(cfg.gpuLayers ?? 99), '--api-key', apiKey, '--jinja'];
      child = spawn(cfg.serverBin || 'llama-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stderr.on('data', (d) => { const s = d.toString(); if (/error|failed/i.test(s)) api.logger.warn(`llama-server: ${s.trim()}`); });
      child.on('exit', (code) => {
        child = null;
        if (code !== 0 && restarts < 3) { restarts++; api.logger.warn(`local-llm: server exited (${code}), restarting`); setTimeout(launch, 2000 * restarts); }
      });
    }

    api.registerService({
      id: 'local-llm-server',
      async start() {
        if (await healthy()) { api.logger.info(`local-llm: reusing server on ${base}`); return; }
        launch();
        for (let i = 0; i < 60 && !(await healthy()); i++) await new Promise((r) => setTimeout(r, 1000));
        api.logger.info(`local-llm: ready on ${base}`);
      },
      stop() { if (child) { child.kill('SIGTERM'); child = null; } },
    });

    api.registerProvider?.({
      id: 'local-llm',
      label: 'Local llama.cpp',
      baseUrl: `${base}/v1`,
      api: 'openai-completions',
      auth: { kind: 'api-key', value: apiKey },
      models: [{ id: 'local', name: cfg.modelPath ? require('path').basename(cfg.modelPath, '.gguf') : 'local', contextWindow: cfg.ctxSize || 8192 }],
    });

    api.registerCommand({
      name: 'local-llm',
      description: 'Show local llama.cpp server status',
      async handler() {
        const ok = await healthy();
        let slots = '';
        if (ok) { try { const r = await fetch(`${base}/slots`, { headers: { authorization: `Bearer ${apiKey}` } }); slots = ` · ${(await r.json()).length} slots`; } catch {} }
        return { text: ok ? `local-llm up on ${base}${slots}` : 'local-llm is not running' };
      },
    });
  },
};
