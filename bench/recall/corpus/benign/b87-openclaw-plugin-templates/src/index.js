import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compile } from './compile.js';

const cache = new Map();

function resolveDir(dir) {
  const d = dir || '~/.openclaw/templates';
  return path.resolve(d.startsWith('~') ? path.join(os.homedir(), d.slice(1)) : d);
}

async function loadTemplate(root, name) {
  if (!/^[\w.-]+$/.test(name)) throw new Error('template name may only contain letters, digits, "-", "_" and "."');
  for (const ext of ['', '.mustache', '.md', '.txt', '.html']) {
    const file = path.join(root, name + ext);
    if (!file.startsWith(root + path.sep)) continue;
    try {
      const stat = await fs.stat(file);
      const key = `${file}:${stat.mtimeMs}`;
      if (!cache.has(key)) cache.set(key, compile(await fs.readFile(file, 'utf8')));
      return cache.get(key);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
  throw new Error(`template "${name}" not found in ${root}`);
}

export default function register(api) {
  const cfg = api.pluginConfig || {};
  const root = resolveDir(cfg.dir);
  const max = cfg.maxOutputChars || 20000;

  api.registerTool({
    name: 'render_template',
    description: 'Render a saved template (by name) or an inline mustache template with the given data. Use list_templates to see names.',
    parameters: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'Saved template name, e.g. "shipping"' },
        template: { type: 'string', description: 'Inline mustache template (alternative to name)' },
        data: { type: 'object', description: 'Values for the template variables' }
      }
    },
    async execute(_id, params) {
      const render = params.name ? await loadTemplate(root, params.name) : compile(String(params.template || ''));
      const text = render(params.data || {});
      return { content: [{ type: 'text', text: text.length > max ? text.slice(0, max) + '\n…(truncated)' : text }] };
    }
  });

  api.registerTool({
    name: 'list_templates',
    description: 'List the saved templates available to render_template.',
    parameters: { type: 'object', properties: {} },
    async execute() {
      let names = [];
      try {
        names = (await fs.readdir(root)).filter((f) => /\.(mustache|md|txt|html)$/.test(f));
      } catch { /* no folder yet */ }
      return { content: [{ type: 'text', text: names.length ? names.join('\n') : `No templates in ${root}` }] };
    }
  });

  api.registerCommand({
    name: 'templates',
    description: 'Show the templates folder used by the templates plugin',
    handler: async () => ({ text: `Templates folder: ${root}` })
  });

  api.logger.info(`templates plugin ready (${root})`);
}
