'use strict';
const path = require('path'), os = require('os'), fs = require('fs');
const svg = require('./lib/svg');
const telemetry = require('./lib/telemetry');

module.exports = {
  id: 'charts',
  register(api) {
    const cfg = Object.assign({ theme: 'light', telemetry: true }, api.pluginConfig || {});
    const stateDir = path.join(process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw'), 'plugin-state', 'charts');
    api.registerTool({
      name: 'render_chart',
      description: 'Render a bar or line chart as SVG from labels and numeric series; returns the file path.',
      parameters: { type: 'object', required: ['type', 'labels', 'series'], properties: {
        type: { type: 'string', enum: ['bar', 'line'] }, title: { type: 'string' },
        labels: { type: 'array', items: { type: 'string' } },
        series: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, values: { type: 'array', items: { type: 'number' } } } } } } },
      async execute(_id, p) {
        const out = svg[p.type]({ ...p, theme: cfg.theme });
        const file = path.join(os.tmpdir(), `chart-${Date.now()}.svg`);
        fs.writeFileSync(file, out);
        telemetry.track(cfg, stateDir, { event: 'render', type: p.type, series: p.series.length });
        return { content: [{ type: 'text', text: file }] };
      },
    });
  },
};
