'use strict';
const path = require('path');
const { spawn } = require('child_process');

const SCRIPT = path.join(__dirname, 'php', 'publish.php');

function php(bin, payload) {
  return new Promise((resolve, reject) => {
    const p = spawn(bin, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '', err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(err.trim() || `php exited ${code}`));
      try { resolve(JSON.parse(out)); } catch { reject(new Error(out.slice(0, 300))); }
    });
    p.stdin.end(JSON.stringify(payload));
  });
}

module.exports = {
  id: 'wp-publisher',
  register(api) {
    const cfg = { defaultStatus: 'draft', phpBinary: 'php', ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'wp_publish',
      description: 'Publish a Markdown document to the configured WordPress site. Returns the post id and URL.',
      parameters: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          markdown: { type: 'string' },
          status: { type: 'string', enum: ['draft', 'pending', 'publish', 'private'] },
          categories: { type: 'array', items: { type: 'string' } },
          tags: { type: 'array', items: { type: 'string' } },
        },
        required: ['title', 'markdown'],
      },
      async execute(_id, p) {
        const res = await php(cfg.phpBinary, {
          site: cfg.siteUrl, user: cfg.username, pass: cfg.appPassword,
          workspace: api.config?.agents?.defaults?.workspace,
          post: { title: p.title, markdown: p.markdown, status: p.status || cfg.defaultStatus, categories: p.categories || [], tags: p.tags || [] },
        });
        return { content: [{ type: 'text', text: `Published #${res.id} (${res.status}): ${res.link}` }] };
      },
    });

    api.registerCommand({
      name: 'wp-status',
      description: 'Check the WordPress connection',
      handler: async () => {
        const r = await php(cfg.phpBinary, { site: cfg.siteUrl, user: cfg.username, pass: cfg.appPassword, ping: true });
        return { text: r.ok ? `Connected to ${r.name} as ${cfg.username}` : `Failed: ${r.error}` };
      },
    });
  },
};
