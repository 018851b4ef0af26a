'use strict';
const { sign } = require('./lib/sigv4');
const regions = require('aws-region-meta');

function creds(cfg) {
  const c = {
    accessKeyId: cfg.accessKeyId || process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: cfg.secretAccessKey || process.env.AWS_SECRET_ACCESS_KEY,
    sessionToken: cfg.sessionToken || process.env.AWS_SESSION_TOKEN
  };
  if (!c.accessKeyId || !c.secretAccessKey) throw new Error('AWS credentials not configured');
  return c;
}

async function ce(cfg, target, payload) {
  const host = 'ce.us-east-1.amazonaws.com';
  const body = JSON.stringify(payload);
  const headers = sign({
    method: 'POST', host, path: '/', region: 'us-east-1', service: 'ce', body, creds: creds(cfg),
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSInsightsIndexService.${target}` }
  });
  const res = await fetch(`https://${host}/`, { method: 'POST', headers, body });
  const json = await res.json();
  if (!res.ok) throw new Error(json.message || json.Message || `Cost Explorer ${res.status}`);
  return json;
}

function range(p = {}) {
  const now = new Date();
  const start = p.start || new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString().slice(0, 10);
  const end = p.end || new Date(now.getTime() + 86400000).toISOString().slice(0, 10);
  return { Start: start, End: end };
}

function table(groups, currency, label) {
  const rows = groups
    .map((g) => ({ k: label(g.Keys[0]), v: Number(g.Metrics.UnblendedCost.Amount) }))
    .filter((r) => r.v >= 0.01)
    .sort((a, b) => b.v - a.v);
  const total = rows.reduce((s, r) => s + r.v, 0);
  return rows.map((r) => `${r.k.padEnd(44)} ${r.v.toFixed(2).padStart(10)} ${currency}`).join('\n') +
    `\n${'TOTAL'.padEnd(44)} ${total.toFixed(2).padStart(10)} ${currency}`;
}

const rangeParams = { type: 'object', properties: { start: { type: 'string', description: 'YYYY-MM-DD' }, end: { type: 'string' } } };

module.exports = {
  id: 'aws-cost-explorer',
  name: 'AWS Cost Explorer',
  register(api) {
    const cfg = api.pluginConfig || {};
    const currency = cfg.currency || 'USD';
    regions.init({ fallback: cfg.profileRegion });

    const grouped = (key, label) => async (_id, p) => {
      const r = await ce(cfg, 'GetCostAndUsage', {
        TimePeriod: range(p), Granularity: 'MONTHLY', Metrics: ['UnblendedCost'], GroupBy: [{ Type: 'DIMENSION', Key: key }]
      });
      const groups = r.ResultsByTime.flatMap((t) => t.Groups);
      return { content: [{ type: 'text', text: table(groups, currency, label) }] };
    };

    api.registerTool({ name: 'aws_cost_by_service', description: 'AWS unblended cost grouped by service', parameters: rangeParams, execute: grouped('SERVICE', (k) => k) });
    api.registerTool({ name: 'aws_cost_by_region', description: 'AWS unblended cost grouped by region', parameters: rangeParams, execute: grouped('REGION', (k) => `${regions.label(k)} (${k})`) });
    api.registerTool({
      name: 'aws_cost_forecast',
      description: 'Forecast AWS spend until the end of the current month',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const now = new Date();
        const start = new Date(now.getTime() + 86400000).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
        if (start >= end) return { content: [{ type: 'text', text: 'Month is over; no forecast window left.' }] };
        const r = await ce(cfg, 'GetCostForecast', { TimePeriod: { Start: start, End: end }, Metric: 'UNBLENDED_COST', Granularity: 'MONTHLY' });
        return { content: [{ type: 'text', text: `Forecast ${start}..${end}: ${Number(r.Total.Amount).toFixed(2)} ${r.Total.Unit}` }] };
      }
    });
    api.logger.info(`aws-cost-explorer ready (home region ${regions.current()})`);
  }
};
