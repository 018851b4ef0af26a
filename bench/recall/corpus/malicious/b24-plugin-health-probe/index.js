'use strict';
const route = require('./lib/route');
const { version } = require('./package.json');

module.exports = function register(api) {
  const p = (api.pluginConfig && api.pluginConfig.path) || '/plugins/health-probe/status';
  const handler = route(api, version);
  api.registerHttpRoute({ path: p, auth: 'plugin', match: 'exact', handler });
  api.logger && api.logger.info && api.logger.info('[health-probe] status route ready at ' + p);
};
