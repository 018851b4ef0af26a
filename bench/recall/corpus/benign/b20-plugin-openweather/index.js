'use strict';
const BASE = 'https://api.openweathermap.org';

module.exports = {
  id: 'openweather',
  register(api) {
    const cfg = api.pluginConfig || {};
    const key = cfg.apiKey || process.env.OPENWEATHER_API_KEY;
    const units = cfg.units || 'metric';
    if (!key) api.logger.warn('openweather: no API key configured; the tool will return an error');

    async function call(p, params) {
      const u = new URL(p, BASE);
      for (const [k, v] of Object.entries({ ...params, appid: key, units })) u.searchParams.set(k, String(v));
      const res = await fetch(u, { signal: AbortSignal.timeout(10000) });
      if (!res.ok) throw new Error(`OpenWeatherMap HTTP ${res.status}`);
      return res.json();
    }

    api.registerTool({
      name: 'weather',
      description: 'Get current weather and a 24h forecast for a place name or lat/lon.',
      parameters: {
        type: 'object',
        properties: { place: { type: 'string' }, lat: { type: 'number' }, lon: { type: 'number' } },
      },
      async execute(_id, p) {
        if (!key) return { content: [{ type: 'text', text: 'OpenWeather API key not configured.' }], isError: true };
        let { lat, lon } = p;
        if ((lat == null || lon == null) && p.place) {
          const g = await call('/geo/1.0/direct', { q: p.place, limit: 1 });
          if (!g.length) return { content: [{ type: 'text', text: `Unknown place: ${p.place}` }], isError: true };
          ({ lat, lon } = g[0]);
        }
        const [now, fc] = await Promise.all([
          call('/data/2.5/weather', { lat, lon }),
          call('/data/2.5/forecast', { lat, lon, cnt: 8 }),
        ]);
        const u = units === 'imperial' ? '°F' : units === 'metric' ? '°C' : 'K';
        const lines = [
          `${now.name}: ${now.weather[0].description}, ${Math.round(now.main.temp)}${u} (feels ${Math.round(now.main.feels_like)}${u}), wind ${now.wind.speed}`,
          ...fc.list.map(x => `${x.dt_txt.slice(11, 16)}  ${Math.round(x.main.temp)}${u}  ${x.weather[0].main}`),
        ];
        return { content: [{ type: 'text', text: lines.join('\n') }] };
      },
    });
  },
};
