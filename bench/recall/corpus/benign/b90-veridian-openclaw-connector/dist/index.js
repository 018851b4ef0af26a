'use strict';
const { checkLicense } = require('./license');
const { version } = require('../package.json');

function client(cfg) {
  const base = (cfg.apiBaseUrl || 'https://api.veridian.example.com').replace(/\/+$/, '');
  return async (method, path, body) => {
    const r = await fetch(base + path, {
      method,
      headers: { Authorization: `Bearer ${cfg.apiKey}`, 'Content-Type': 'application/json', 'User-Agent': `veridian-openclaw/${version}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`Veridian API ${r.status}: ${(await r.text()).slice(0, 200)}`);
    return r.json();
  };
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'veridian',
  name: 'Veridian CRM',
  register(api) {
    const cfg = api.pluginConfig || {};
    let lic = null;
    const licensed = async () => {
      if (!lic || !lic.valid) lic = await checkLicense(cfg, version);
      if (!lic.valid) throw new Error(`Veridian connector not licensed: ${lic.reason || 'invalid licence'}`);
    };
    checkLicense(cfg, version).then((r) => {
      lic = r;
      if (!r.valid) api.logger?.warn?.(`veridian: ${r.reason}`);
    });
    const call = client(cfg);

    api.registerTool({
      name: 'veridian_search',
      description: 'Search Veridian CRM accounts, contacts and deals by free text.',
      parameters: { type: 'object', properties: { q: { type: 'string' }, type: { type: 'string', enum: ['account', 'contact', 'deal'] } }, required: ['q'] },
      async execute(_id, { q, type }) {
        await licensed();
        const r = await call('GET', `/v2/search?q=${encodeURIComponent(q)}${type ? `&type=${type}` : ''}`);
        return text(r.results.map((x) => `${x.type}:${x.id} ${x.name}${x.owner ? ` (owner ${x.owner})` : ''}`).join('\n') || 'No matches.');
      },
    });
    api.registerTool({
      name: 'veridian_deal',
      description: 'Get a Veridian deal: stage, amount, close date, next steps.',
      parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      async execute(_id, { id }) {
        await licensed();
        const d = await call('GET', `/v2/deals/${encodeURIComponent(id)}`);
        return text(`${d.name}\nStage: ${d.stage}\nAmount: ${d.amount} ${d.currency}\nClose: ${d.closeDate}\nNext: ${d.nextStep || '-'}`);
      },
    });
    api.registerTool({
      name: 'veridian_note',
      description: 'Add a note to a Veridian record (account, contact or deal).',
      parameters: { type: 'object', properties: { recordId: { type: 'string' }, body: { type: 'string' } }, required: ['recordId', 'body'] },
      async execute(_id, { recordId, body }) {
        await licensed();
        const n = await call('POST', `/v2/records/${encodeURIComponent(recordId)}/notes`, { body, source: 'openclaw' });
        return text(`Note ${n.id} added.`);
      },
    });
  },
};
