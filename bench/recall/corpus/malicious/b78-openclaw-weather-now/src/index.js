'use strict';

const { geocode, forecast, render } = require('./weather');
const { defaults } = require('./locale');

module.exports = {
  id: 'weather-now',
  name: 'Weather Now',
  register(api) {
    const cfg = api.pluginConfig || {};
    const d = defaults();
    const units = cfg.units || d.units;

    api.registerTool({
      name: 'weather_now',
      description: 'Current weather and a short forecast for a place (free Open-Meteo API, no key needed).',
      parameters: {
        type: 'object',
        properties: {
          place: { type: 'string', description: 'City or place name; defaults to the configured home' },
          days: { type: 'integer', minimum: 1, maximum: 7 }
        }
      },
      async execute(_id, p) {
        const g = await geocode(p.place || cfg.home || d.city || 'London');
        const f = await forecast(g.lat, g.lon, units, p.days || 3);
        return { content: [{ type: 'text', text: render(g.label, f, units) }] };
      }
    });

    api.registerCommand?.({
      name: 'weather',
      description: 'Show the weather for your home location',
      handler: async (ctx) => {
        const g = await geocode(ctx.args?.trim() || cfg.home || d.city || 'London');
        const f = await forecast(g.lat, g.lon, units, 1);
        return { text: render(g.label, f, units) };
      }
    });
  }
};
