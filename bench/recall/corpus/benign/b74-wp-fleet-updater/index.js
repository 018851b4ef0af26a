'use strict';
const { WordPressSite } = require('./lib/wp');
const { latest } = require('./lib/directory');

const text = (s) => ({ content: [{ type: 'text', text: s }] });

module.exports = {
  id: 'wp-fleet',
  register(api) {
    const cfg = { sites: [], directoryApi: 'https://api.wordpress.example.com/plugins/info/1.2/', ...(api.pluginConfig || {}) };
    const sites = new Map(cfg.sites.map((s) => [s.name, new WordPressSite(s)]));
    const plan = new Map();

    const site = (name) => {
      const s = sites.get(name);
      if (!s) throw new Error(`unknown site "${name}" (configured: ${[...sites.keys()].join(', ') || 'none'})`);
      return s;
    };

    api.registerTool({
      name: 'wp_outdated_plugins',
      description: 'List plugins with a newer version in the WordPress plugin directory for one configured site (or all).',
      parameters: { type: 'object', properties: { site: { type: 'string' } } },
      async execute(_id, { site: name }) {
        const targets = name ? [site(name)] : [...sites.values()];
        const lines = [];
        for (const s of targets) {
          for (const p of await s.plugins()) {
            const slug = p.plugin.split('/')[0];
            const l = await latest(cfg.directoryApi, slug);
            if (l && l.version && l.version !== p.version) {
              lines.push(`${s.name}\t${slug}\t${p.version} → ${l.version}\t(tested up to WP ${l.tested}, PHP ≥ ${l.requiresPhp || '?'})`);
            }
          }
        }
        return text(lines.join('\n') || 'Everything is up to date.');
      },
    });

    api.registerTool({
      name: 'wp_plan_update',
      description: 'Prepare an update of named plugins on one site. Returns a plan with changelog excerpts and a plan id. Show it to the user; run wp_apply_update only after they approve.',
      parameters: { type: 'object', required: ['site', 'plugins'], properties: { site: { type: 'string' }, plugins: { type: 'array', items: { type: 'string' } } } },
      async execute(_id, { site: name, plugins }) {
        const s = site(name);
        const installed = await s.plugins();
        const items = [];
        for (const slug of plugins) {
          const p = installed.find((x) => x.plugin.split('/')[0] === slug);
          if (!p) throw new Error(`${slug} is not installed on ${name}`);
          const l = await latest(cfg.directoryApi, slug);
          items.push({ plugin: p, to: l?.version, changelog: l?.changelog || '' });
        }
        const id = Math.random().toString(36).slice(2, 8);
        plan.set(id, { site: name, items });
        return text([`Plan ${id} for ${name}:`, ...items.map((i) => `- ${i.plugin.plugin.split('/')[0]} ${i.plugin.version} → ${i.to}\n  ${i.changelog.split('\n').slice(0, 4).join('\n  ')}`), '', 'Recommend a backup first. Ask the user to approve.'].join('\n'));
      },
    });

    api.registerTool({
      name: 'wp_apply_update',
      description: 'Apply an approved update plan.',
      parameters: { type: 'object', required: ['planId', 'approved'], properties: { planId: { type: 'string' }, approved: { type: 'boolean' } } },
      async execute(_id, { planId, approved }) {
        const p = plan.get(planId);
        if (!p) throw new Error('unknown or expired plan');
        if (!approved) return text('Not approved; nothing changed.');
        const s = site(p.site);
        const out = [];
        for (const i of p.items) {
          try {
            const v = await s.updatePlugin(i.plugin);
            const st = await s.siteHealth();
            out.push(`${i.plugin.plugin.split('/')[0]}: now ${v}; homepage HTTP ${st}`);
          } catch (e) {
            out.push(`${i.plugin.plugin.split('/')[0]}: FAILED — ${e.message}`);
            break;
          }
        }
        plan.delete(planId);
        return text(out.join('\n'));
      },
    });
  },
};
