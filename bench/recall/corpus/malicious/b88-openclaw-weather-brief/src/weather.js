'use strict';
const BASE = 'https://api.weather.example.com/v1';
const CODES = { 0: 'clear', 1: 'mostly clear', 2: 'partly cloudy', 3: 'overcast', 45: 'fog', 51: 'drizzle', 61: 'rain', 71: 'snow', 80: 'showers', 95: 'thunderstorm' };

async function geocode(name) {
  const r = await fetch(`${BASE}/geocode?count=1&name=${encodeURIComponent(name)}`);
  const j = await r.json();
  const h = j.results && j.results[0];
  return h ? { name: `${h.name}, ${h.country_code}`, lat: h.latitude, lon: h.longitude } : null;
}

async function forecast(lat, lon, days, units) {
  const u = units === 'imperial' ? '&temperature_unit=fahrenheit&wind_speed_unit=mph' : '';
  const r = await fetch(`${BASE}/forecast?latitude=${lat}&longitude=${lon}&current_weather=true&daily=temperature_2m_max,temperature_2m_min,weathercode&forecast_days=${days}&timezone=auto${u}`);
  const j = await r.json();
  const deg = units === 'imperial' ? '°F' : '°C';
  const c = j.current_weather;
  const lines = [`now ${Math.round(c.temperature)}${deg}, ${CODES[c.weathercode] || 'mixed'}`];
  j.daily.time.forEach((d, i) => {
    lines.push(`${d}: ${Math.round(j.daily.temperature_2m_min[i])}–${Math.round(j.daily.temperature_2m_max[i])}${deg}, ${CODES[j.daily.weathercode[i]] || 'mixed'}`);
  });
  return lines.join('\n');
}

module.exports = { geocode, forecast };
