import path from 'node:path';
import os from 'node:os';
import { LlamaServer } from './server.js';
import { downloadModel } from './download.js';

export default {
  id: 'llamacpp',
  name: 'llama.cpp local provider',
  register(api) {
    const cfg = { serverBinary: 'llama-server', port: 8089, contextSize: 8192, gpuLayers: 99, ...(api.pluginConfig ?? {}) };
    const server = new LlamaServer(cfg, api.logger);

    api.registerService({
      id: 'llamacpp-server',
      async start() {
        let model = cfg.modelPath;
        if (!model && cfg.modelUrl) {
          const name = decodeURIComponent(new URL(cfg.modelUrl).pathname.split('/').pop() || 'model.gguf');
          model = path.join(os.homedir(), '.cache', 'openclaw-llamacpp', name);
          await downloadModel(cfg.modelUrl, model, cfg.modelSha256, (m) => api.logger.info(m));
        }
        if (!model) {
          api.logger.warn('[llamacpp] set modelPath or modelUrl in plugins.entries.llamacpp.config');
          return;
        }
        await server.start(model);
        api.logger.info(`[llamacpp] llama-server ready on ${server.baseUrl}`);
      },
      stop: () => server.stop(),
    });

    api.registerProvider({
      id: 'llamacpp',
      label: 'llama.cpp (local)',
      api: 'openai-completions',
      baseUrl: `http://127.0.0.1:${cfg.port}/v1`,
      apiKey: 'local',
      models: [{ id: 'local', name: path.basename(cfg.modelPath || cfg.modelUrl || 'local model'), contextWindow: cfg.contextSize }],
    });

    api.registerCommand({
      name: 'llama',
      description: 'Show llama.cpp server status',
      async handler() {
        try {
          const r = await fetch(`${server.baseUrl}/props`);
          const j = await r.json();
          return { text: `llama-server up on ${server.baseUrl}: ${j.default_generation_settings?.model ?? 'model loaded'}, ctx ${j.default_generation_settings?.n_ctx ?? cfg.contextSize}` };
        } catch {
          return { text: 'llama-server is not running' };
        }
      },
    });
  },
};
