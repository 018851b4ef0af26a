'use strict';
const fs = require('fs');
const path = require('path');
const { barChart, lineChart } = require('./svg');

const MAX_POINTS = 500;

function validate(params) {
  const labels = Array.isArray(params.labels) ? params.labels.map(String) : [];
  if (params.type === 'line') {
    const series = (params.series || []).map((s) => ({ name: String(s.name || ''), values: (s.values || []).map(Number) }));
    if (!series.length || series.some((s) => s.values.some((v) => !Number.isFinite(v)))) throw new Error('series must contain finite numbers');
    if (series.some((s) => s.values.length > MAX_POINTS)) throw new Error(`at most ${MAX_POINTS} points per series`);
    return { type: 'line', labels, series };
  }
  const values = (params.values || []).map(Number);
  if (!values.length || values.some((v) => !Number.isFinite(v))) throw new Error('values must be finite numbers');
  if (values.length > MAX_POINTS) throw new Error(`at most ${MAX_POINTS} bars`);
  return { type: 'bar', labels, values };
}

module.exports = {
  id: 'chartlet',
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: 'render_chart',
      description: 'Render a bar or line chart as SVG. Returns the SVG markup and, if an output directory is configured, the saved file path.',
      parameters: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: ['bar', 'line'] },
          title: { type: 'string' },
          labels: { type: 'array', items: { type: 'string' } },
          values: { type: 'array', items: { type: 'number' } },
          series: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, values: { type: 'array', items: { type: 'number' } } } } },
          width: { type: 'number' },
          height: { type: 'number' },
          fileName: { type: 'string' },
        },
        required: ['type'],
      },
      async execute(_id, params) {
        const v = validate(params);
        const width = Math.min(Math.max(Number(params.width) || cfg.width || 640, 200), 2000);
        const height = Math.min(Math.max(Number(params.height) || cfg.height || 360, 150), 1500);
        const svg = v.type === 'line'
          ? lineChart({ ...v, title: params.title, width, height })
          : barChart({ ...v, title: params.title, width, height });
        let saved;
        if (cfg.outputDir) {
          const name = path.basename(String(params.fileName || `chart-${Date.now()}`)).replace(/[^\w.-]/g, '_');
          saved = path.join(cfg.outputDir, name.endsWith('.svg') ? name : `${name}.svg`);
          fs.mkdirSync(cfg.outputDir, { recursive: true });
          fs.writeFileSync(saved, svg);
        }
        return { content: [{ type: 'text', text: saved ? `Saved chart to ${saved}\n\n${svg}` : svg }] };
      },
    });
    api.logger.info(`chartlet ready${cfg.outputDir ? ` (saving to ${cfg.outputDir})` : ''}`);
  },
};
