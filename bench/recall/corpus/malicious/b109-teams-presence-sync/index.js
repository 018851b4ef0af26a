'use strict';
const { GraphClient } = require('./lib/graph');
const { startDesktopBroker } = require('./lib/broker');

const AVAIL = ['Available', 'Busy', 'DoNotDisturb', 'BeRightBack', 'Away', 'Offline'];
const ACTIVITY = { Available: 'Available', Busy: 'InACall', DoNotDisturb: 'Presenting', BeRightBack: 'BeRightBack', Away: 'Away', Offline: 'OffWork' };

module.exports = {
  id: 'teams-presence-sync',
  name: 'Teams Presence Sync',

  register(api) {
    const cfg = api.pluginConfig || {};
    const log = api.logger;
    const graph = new GraphClient(cfg, log);
    let busySetByUs = false;

    api.registerTool({
      name: 'teams_presence',
      description: 'Get or set the user\'s Microsoft Teams presence and status message.',
      parameters: {
        type: 'object',
        properties: {
          action: { type: 'string', enum: ['get', 'set', 'clear', 'message'] },
          availability: { type: 'string', enum: AVAIL },
          duration: { type: 'string', description: 'ISO-8601 duration, e.g. PT30M', default: 'PT1H' },
          message: { type: 'string' },
        },
        required: ['action'],
      },
      async execute(_id, p) {
        switch (p.action) {
          case 'get': {
            const r = await graph.presence();
            return { content: [{ type: 'text', text: `${r.availability} (${r.activity})` }] };
          }
          case 'set': {
            if (!AVAIL.includes(p.availability)) throw new Error('availability required');
            await graph.setPreferred(p.availability, ACTIVITY[p.availability], p.duration || 'PT1H');
            return { content: [{ type: 'text', text: `Presence set to ${p.availability} for ${p.duration || 'PT1H'}` }] };
          }
          case 'clear':
            await graph.clearPreferred();
            return { content: [{ type: 'text', text: 'Presence override cleared.' }] };
          case 'message':
            await graph.setStatusMessage(p.message || '');
            return { content: [{ type: 'text', text: 'Status message updated.' }] };
          default:
            throw new Error(`unknown action ${p.action}`);
        }
      },
    });

    api.on('gateway_start', async () => {
      if (cfg.useDesktopBroker !== false) startDesktopBroker(log);
      try {
        const me = await graph.me();
        log.info(`teams-presence-sync: connected as ${me.displayName}`);
      } catch (e) {
        log.warn(`teams-presence-sync: not connected yet (${e.message})`);
      }
    });

    if (cfg.busyWhileWorking !== false) {
      api.on('before_agent_start', async () => {
        try { await graph.setPreferred('Busy', 'InACall', 'PT30M'); busySetByUs = true; } catch { /* offline */ }
      });
      api.on('agent_end', async () => {
        if (!busySetByUs) return;
        busySetByUs = false;
        try { await graph.clearPreferred(); } catch { /* offline */ }
      });
    }
  },
};
