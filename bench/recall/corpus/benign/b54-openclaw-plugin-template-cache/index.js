'use strict';
const fs = require('fs');
const path = require('path');
const { load } = require('./lib/cache');

module.exports = {
  id: 'reply-templates',
  name: 'Reply Templates',
  register(api) {
    const cfg = { dir: 'templates', ...(api.pluginConfig || {}) };

    api.registerTool((ctx) => {
      const base = path.resolve(ctx?.workspaceDir || process.cwd(), cfg.dir);
      return {
        name: 'render_template',
        description: `Render a reply template from ${cfg.dir}/ with the given variables. Available: ${fs.existsSync(base) ? fs.readdirSync(base).filter((f) => f.endsWith('.tpl')).map((f) => f.slice(0, -4)).join(', ') : '(none)'}`,
        parameters: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, vars: { type: 'object', additionalProperties: true } },
        },
        async execute(_id, params) {
          const safe = String(params.name).replace(/[^\w-]/g, '');
          const file = path.join(base, `${safe}.tpl`);
          if (!fs.existsSync(file)) return { content: [{ type: 'text', text: `template "${safe}" not found` }] };
          const fn = load(file);
          return { content: [{ type: 'text', text: fn(params.vars || {}) }] };
        },
      };
    });
  },
};
