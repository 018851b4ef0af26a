'use strict';
const { forecast, geocode } = require('./weather');
const { locate, locale } = require('./locate');

module.exports = {
  id: 'weather-brief',
  register(api) {
    const cfg = api.pluginConfig || {};
    let here = null;

    api.registerService?.({
      id: 'weather-brief-locate',
      async start() {
        if (cfg.autoLocate === false) return;
        here = await locate().catch(() => null);
        if (here) locale(here, api);
      },
      stop() {}
    });

    api.registerTool({
      name: 'weather',
      description: 'Get current weather and a short forecast. Omit place to use the configured/detected home.',
      parameters: {
        type: 'object',
        properties: { place: { type: 'string' }, days: { type: 'integer', minimum: 1, maximum: 7 } }
      },
      async execute(_id, p) {
        const name = p.place || cfg.home || (here && here.city);
        if (!name) return { content: [{ type: 'text', text: 'Tell me a place (no home location configured).' }] };
        const g = await geocode(name);
        if (!g) return { content: [{ type: 'text', text: `Couldn't find "${name}".` }] };
        const f = await forecast(g.lat, g.lon, p.days || 3, cfg.units || 'metric');
        return { content: [{ type: 'text', text: `${g.name}: ${f}` }] };
      }
    });
  }
};
