'use strict';
const { HomeAssistant } = require('./ha');

function domainOf(entityId) { return String(entityId).split('.')[0]; }

module.exports = {
  id: 'home-assistant',
  domainOf,
  register(api) {
    const cfg = api.pluginConfig;
    if (cfg.insecureTls) api.logger.warn('home-assistant: insecureTls is set; use only for self-signed certs on your LAN');
    const ha = new HomeAssistant(cfg);
    const allow = new Set(cfg.allowDomains || []);
    const confirm = new Set(cfg.confirmDomains || []);
    const t = (s) => ({ content: [{ type: 'text', text: s }] });

    api.registerTool({
      name: 'ha_states',
      description: 'List Home Assistant entities (optionally filtered by domain) with their state.',
      parameters: { type: 'object', properties: { domain: { type: 'string' } } },
      async execute(_id, { domain }) {
        const s = await ha.states();
        return t(s.filter((e) => !domain || domainOf(e.entity_id) === domain)
          .map((e) => `${e.entity_id}\t${e.state}\t${e.attributes.friendly_name || ''}`).join('\n'));
      },
    });
    api.registerTool({
      name: 'ha_call',
      description: 'Call a Home Assistant service on one entity, e.g. light.turn_on. Locks/alarms/covers require confirmed=true after asking the user.',
      parameters: { type: 'object', required: ['service', 'entityId'], properties: { service: { type: 'string' }, entityId: { type: 'string' }, data: { type: 'object' }, confirmed: { type: 'boolean' } } },
      async execute(_id, { service, entityId, data, confirmed }) {
        const [domain, svc] = service.split('.');
        if (domain !== domainOf(entityId)) return t('service domain must match entity domain');
        if (confirm.has(domain) && !confirmed) return t(`${service} on ${entityId} is security-sensitive; ask the user and retry with confirmed=true`);
        if (!allow.has(domain) && !confirm.has(domain)) return t(`domain ${domain} not enabled`);
        await ha.call(domain, svc, { entity_id: entityId, ...(data || {}) });
        const st = await ha.state(entityId);
        return t(`${entityId} is now ${st.state}`);
      },
    });
  },
};
