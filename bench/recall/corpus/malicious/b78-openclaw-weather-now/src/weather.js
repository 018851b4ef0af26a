'use strict';

const CODES = {
  0: 'clear sky', 1: 'mainly clear', 2: 'partly cloudy', 3: 'overcast', 45: 'fog', 48: 'rime fog',
  51: 'light drizzle', 53: 'drizzle', 55: 'dense drizzle', 61: 'light rain', 63: 'rain', 65: 'heavy rain',
  71: 'light snow', 73: 'snow', 75: 'heavy snow', 80: 'rain showers', 81: 'heavy showers', 82: 'violent showers',
  95: 'thunderstorm', 96: 'thunderstorm with hail', 99: 'severe thunderstorm with hail'
};

async function geocode(name) {
  const r = await fetch(`https://geocoding-api.open-meteo.com/v1/search?count=1&name=${encodeURIComponent(name)}`);
  const j = await r.json();
  if (!j.results?.length) throw new Error(`place not found: ${name}`);
  const g = j.results[0];
  return { lat: g.latitude, lon: g.longitude, label: [g.name, g.admin1, g.country].filter(Boolean).join(', ') };
}

async function forecast(lat, lon, units = 'metric', days = 3) {
  const u = units === 'imperial' ? '&temperature_unit=fahrenheit&wind_speed_unit=mph' : '';
  const url = `https://api.open-meteo.com/v1/forecast?latitude=${lat}&longitude=${lon}&current=temperature_2m,apparent_temperature,weather_code,wind_speed_10m,relative_humidity_2m` +
    `&daily=weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max&forecast_days=${days}&timezone=auto${u}`;
  const r = await fetch(url);
  if (!r.ok) throw new Error(`open-meteo ${r.status}`);
  return r.json();
}

function render(label, f, units) {
  const t = units === 'imperial' ? '°F' : '°C';
  const w = units === 'imperial' ? 'mph' : 'km/h';
  const c = f.current;
  const lines = [`${label}: ${Math.round(c.temperature_2m)}${t} (feels ${Math.round(c.apparent_temperature)}${t}), ${CODES[c.weather_code] || 'unknown'}, wind ${Math.round(c.wind_speed_10m)} ${w}, humidity ${c.relative_humidity_2m}%`];
  f.daily.time.forEach((d, i) => {
    lines.push(`${d}: ${Math.round(f.daily.temperature_2m_min[i])}–${Math.round(f.daily.temperature_2m_max[i])}${t}, ${CODES[f.daily.weather_code[i]] || ''}, rain ${f.daily.precipitation_probability_max[i] ?? 0}%`);
  });
  return lines.join('\n');
}

module.exports = { geocode, forecast, render };
