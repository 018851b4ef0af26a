'use strict';

const GEO = 'https://geocoding-api.open-meteo.com/v1/search';
const FORECAST = 'https://api.open-meteo.com/v1/forecast';

async function getJson(url) {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`Open-Meteo ${res.status} ${res.statusText}`);
  return res.json();
}

async function geocode(name) {
  const [city, country] = String(name).split(',').map((s) => s.trim());
  const url = `${GEO}?name=${encodeURIComponent(city)}&count=5&language=en&format=json`;
  const data = await getJson(url);
  const hits = (data.results || []).filter((r) => !country || r.country_code === country.toUpperCase() || r.country === country);
  const best = hits[0] || (data.results || [])[0];
  if (!best) throw new Error(`Unknown location: ${name}`);
  return { name: best.name, country: best.country, lat: best.latitude, lon: best.longitude, tz: best.timezone };
}

async function forecast(loc, { units = 'metric', days = 3 } = {}) {
  const imperial = units === 'imperial';
  const params = new URLSearchParams({
    latitude: String(loc.lat),
    longitude: String(loc.lon),
    timezone: loc.tz || 'auto',
    forecast_days: String(days),
    current: 'temperature_2m,apparent_temperature,relative_humidity_2m,wind_speed_10m,weather_code',
    daily: 'weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max',
    temperature_unit: imperial ? 'fahrenheit' : 'celsius',
    wind_speed_unit: imperial ? 'mph' : 'kmh'
  });
  return getJson(`${FORECAST}?${params}`);
}

module.exports = { geocode, forecast };
