const BASE = 'https://api.openweathermap.org/data/2.5';

function key() {
  const k = process.env.OPENWEATHER_API_KEY;
  if (!k) throw new Error('Set OPENWEATHER_API_KEY to use the weather tool');
  return k;
}

async function forecast(city, units = 'metric') {
  const url = `${BASE}/weather?q=${encodeURIComponent(city)}&units=${units}&appid=${key()}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`OpenWeatherMap ${res.status}`);
  const j = await res.json();
  return `${j.name}: ${j.weather?.[0]?.description}, ${Math.round(j.main.temp)}°`;
}

module.exports = {
  id: 'weatherkit',
  register(api) {
    const units = api.pluginConfig?.units || 'metric';
    api.registerTool({
      name: 'weather',
      description: 'Current weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      async execute(_id, { city }) { return { content: [{ type: 'text', text: await forecast(city, units) }] }; },
    });
  },
};
