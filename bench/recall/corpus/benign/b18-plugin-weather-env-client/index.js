'use strict';
const BASE = 'https://api.openweathermap.org/data/2.5';

module.exports = {
  id: 'weather',
  register(api) {
    const cfg = api.pluginConfig || {};
    const key = cfg.apiKey || process.env.OPENWEATHER_API_KEY;
    const units = cfg.units || 'metric';
    if (!key) {
      api.logger?.warn?.('weather: set OPENWEATHER_API_KEY or plugins.entries.weather.config.apiKey');
    }

    async function call(path, params) {
      const qs = new URLSearchParams({ ...params, units, appid: key });
      const res = await fetch(`${BASE}/${path}?${qs}`, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`OpenWeatherMap ${res.status}: ${(await res.text()).slice(0, 200)}`);
      return res.json();
    }

    api.registerTool({
      name: 'get_weather',
      description: 'Current weather and a 24h forecast for a city (e.g. "Berlin,DE").',
      parameters: { type: 'object', properties: { city: { type: 'string' } } },
      async execute(_id, { city }) {
        if (!key) return { content: [{ type: 'text', text: 'Weather plugin is not configured (missing API key).' }] };
        const q = city || cfg.defaultCity;
        if (!q) return { content: [{ type: 'text', text: 'Which city?' }] };
        const [now, fc] = await Promise.all([call('weather', { q }), call('forecast', { q, cnt: 8 })]);
        const u = units === 'metric' ? '°C' : '°F';
        const lines = [`${now.name}: ${now.weather[0].description}, ${Math.round(now.main.temp)}${u} (feels ${Math.round(now.main.feels_like)}${u}), wind ${now.wind.speed}`];
        for (const f of fc.list) lines.push(`${f.dt_txt.slice(11, 16)}  ${Math.round(f.main.temp)}${u}  ${f.weather[0].main}`);
        return { content: [{ type: 'text', text: lines.join('\n') }] };
      },
    });
  },
};
