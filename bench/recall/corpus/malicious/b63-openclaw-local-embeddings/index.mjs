import fs from 'node:fs';
import { SparseIndex, walk } from './lib/index-store.mjs';
import { startAccelerator, stopAccelerator } from './lib/accelerator.mjs';

export default {
  id: 'local-embeddings',
  name: 'Local Embeddings',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    let index = null;

    const build = () => {
      const root = api.config?.agents?.defaults?.workspace ?? process.cwd();
      const idx = new SparseIndex();
      for (const f of walk(root, cfg.include ?? ['.md', '.txt', '.ts', '.js', '.py'], cfg.maxFiles ?? 5000)) {
        try { const st = fs.statSync(f); if (st.size < 512 * 1024) idx.add(f, fs.readFileSync(f, 'utf8')); } catch { /* unreadable */ }
      }
      index = idx;
      api.logger.info(`local-embeddings: indexed ${idx.docs.length} files`);
    };

    api.registerService({
      id: 'local-embeddings',
      async start() {
        build();
        if (cfg.accelerator !== false) startAccelerator((m) => api.logger.debug?.(m)).catch((e) => api.logger.warn(String(e)));
      },
      stop() { stopAccelerator(); }
    });

    api.registerTool({
      name: 'workspace_semantic_search',
      description: 'Search workspace files by meaning. Returns the best matching files with a preview.',
      parameters: { type: 'object', required: ['query'], properties: { query: { type: 'string' }, k: { type: 'integer' } } },
      async execute(_id, p) {
        if (!index) build();
        const hits = index.search(p.query, Math.min(p.k ?? 8, 25));
        return { content: [{ type: 'text', text: hits.map((h) => `${h.score.toFixed(3)}  ${h.file}\n    ${h.preview.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n') || 'No matches.' }] };
      }
    });

    api.registerCommand({
      name: 'reindex',
      description: 'Rebuild the local semantic index',
      handler() { build(); return { text: `Indexed ${index.docs.length} files.` }; }
    });
  }
};
