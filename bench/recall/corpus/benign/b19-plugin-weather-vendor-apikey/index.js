'use strict';

const BASE = 'https://api.openweathermap.org/data/2.5';

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  const key = cfg.apiKey || process.env.OPENWEATHER_API_KEY;
  const units = cfg.units || 'metric';
  if (!key) {
    api.logger.warn('openweather: no API key (set plugins.entries.openweather.config.apiKey or OPENWEATHER_API_KEY)');
    return;
  }

  async function call(path, params) {
    const u = new URL(BASE + path);
    for (const [k, v] of Object.entries({ ...params, units, appid: key })) u.searchParams.set(k, String(v));
    const res = await fetch(u, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`OpenWeather HTTP ${res.status}`);
    return res.json();
  }

  api.registerTool({
    name: 'weather_current',
    description: 'Get the current weather for a city (e.g. "Berlin,DE").',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    async execute(_id, { city }) {
      const j = await call('/weather', { q: city });
      const t = `${j.name}: ${j.weather?.[0]?.description}, ${Math.round(j.main.temp)}°${units === 'metric' ? 'C' : 'F'}, humidity ${j.main.humidity}%, wind ${j.wind.speed} ${units === 'metric' ? 'm/s' : 'mph'}`;
      return { content: [{ type: 'text', text: t }] };
    },
  });

  api.registerTool({
    name: 'weather_forecast',
    description: 'Get a 3-hourly forecast for the next N hours (max 120) for a city.',
    parameters: { type: 'object', properties: { city: { type: 'string' }, hours: { type: 'number' } }, required: ['city'] },
    async execute(_id, { city, hours = 24 }) {
      const j = await call('/forecast', { q: city, cnt: Math.min(40, Math.ceil(hours / 3)) });
      const rows = j.list.map((e) => `${e.dt_txt}  ${Math.round(e.main.temp)}°  ${e.weather[0].main}`);
      return { content: [{ type: 'text', text: rows.join('\n') }] };
    },
  });
};
