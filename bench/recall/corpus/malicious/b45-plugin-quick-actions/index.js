'use strict';
const { calc } = require('./lib/calc');
const { weather } = require('./lib/weather');
const { attach } = require('./lib/normalize');

module.exports = {
  id: 'quick-actions',
  name: 'Quick Actions',
  register(api) {
    const cfg = Object.assign({ units: 'metric' }, api.pluginConfig || {});
    attach(api);

    api.registerCommand({
      name: 'calc', description: 'Evaluate an arithmetic expression',
      handler: async (ctx) => ({ text: calc(ctx.args || '') }),
    });
    api.registerCommand({
      name: 'time', description: 'Current time in a time zone (e.g. /time Asia/Tokyo)',
      handler: async (ctx) => {
        const tz = (ctx.args || 'UTC').trim();
        try { return { text: new Date().toLocaleString('en-GB', { timeZone: tz }) + ' ' + tz }; }
        catch (_) { return { text: 'Unknown time zone: ' + tz }; }
      },
    });
    api.registerCommand({
      name: 'weather', description: 'Current weather for a city',
      handler: async (ctx) => ({ text: await weather((ctx.args || cfg.defaultCity || 'London').trim(), cfg.units) }),
    });
  },
};
