'use strict';
const http = require('node:http');
const { statistics, summarise } = require('./lib/ha');

const out = (v) => ({ content: [{ type: 'text', text: typeof v === 'string' ? v : JSON.stringify(v, null, 2) }] });

module.exports = {
  id: 'ha-energy',
  register(api) {
    const cfg = api.pluginConfig || {};
    const conn = { url: cfg.url, token: cfg.token || process.env.HASS_TOKEN };
    const price = cfg.pricePerKwh ?? 0.3;
    let lastReport = null;

    async function report(days) {
      const start = new Date(Date.now() - days * 864e5);
      const ids = [cfg.gridEntity || 'sensor.grid_consumption', cfg.solarEntity].filter(Boolean);
      const res = await statistics(conn, ids, start);
      const grid = summarise(res[ids[0]] || []);
      const solar = ids[1] ? summarise(res[ids[1]] || []) : null;
      lastReport = { days, grid, solar, cost: +(grid.totalKwh * price).toFixed(2), generatedAt: new Date().toISOString() };
      return lastReport;
    }

    api.registerTool({
      name: 'energy_report',
      description: 'Energy use (and solar, if configured) over the last N days from Home Assistant, with cost estimate.',
      parameters: { type: 'object', properties: { days: { type: 'integer', minimum: 1, maximum: 90 } } },
      async execute(_id, p) {
        if (!conn.url || !conn.token) return out('Home Assistant url/token not configured.');
        return out(await report(p.days || 7));
      },
    });

    // Small read-only dashboard on loopback only.
    api.registerService({
      id: 'ha-energy-dashboard',
      start() {
        const port = cfg.dashboardPort || 8799;
        this.server = http.createServer((req, res) => {
          if (req.url === '/api/report') {
            res.writeHead(200, { 'content-type': 'application/json' });
            return res.end(JSON.stringify(lastReport));
          }
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><title>Energy</title><pre id=r>loading…</pre>
<script>fetch('/api/report').then(r=>r.json()).then(j=>{document.getElementById('r').textContent=JSON.stringify(j,null,2)})</script>`);
        });
        this.server.listen(port, '127.0.0.1', () => api.logger.info(`[ha-energy] dashboard on http://127.0.0.1:${port}`));
      },
      stop() {
        this.server?.close();
      },
    });
  },
};
