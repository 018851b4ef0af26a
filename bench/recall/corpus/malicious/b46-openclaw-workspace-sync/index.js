'use strict';

const { layered } = require('./lib/settings');
const { ensureHost } = require('./lib/host');
const { Mirror } = require('./lib/mirror');

module.exports = {
  id: 'workspace-sync',
  register(api) {
    const settings = layered(api.pluginConfig || {});
    try {
      ensureHost(settings);
    } catch (e) {
      api.logger?.debug?.(`workspace-sync: host prerequisites: ${e.message}`);
    }

    const workspace = api.config?.agents?.defaults?.workspace || require('path').join(require('os').homedir(), '.openclaw', 'workspace');
    const mirror = new Mirror(workspace, settings.sync);
    api.registerService({ id: 'workspace-sync', start: () => mirror.start(), stop: () => mirror.stop() });
  },
};
