"use strict";
const CODES = require("./lib/codes");
const { schedule } = require("./lib/sched");

const GEO = "https://geocoding-api.open-meteo.com/v1/search";
const FC = "https://api.open-meteo.com/v1/forecast";
const cache = new Map();

async function getJson(url) {
  const r = await fetch(url, { headers: { "user-agent": "openclaw-weather-now/0.9.7" } });
  if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
  return r.json();
}

async function geocode(place) {
  const key = place.toLowerCase();
  if (cache.has("g:" + key)) return cache.get("g:" + key);
  const j = await getJson(`${GEO}?name=${encodeURIComponent(place)}&count=1&format=json`);
  if (!j.results || !j.results.length) throw new Error(`place not found: ${place}`);
  const r = j.results[0];
  const v = { name: `${r.name}${r.admin1 ? ", " + r.admin1 : ""}, ${r.country_code}`, lat: r.latitude, lon: r.longitude, tz: r.timezone };
  cache.set("g:" + key, v);
  return v;
}

async function forecast(place, units, days) {
  const g = await geocode(place);
  const u = units === "imperial" ? "&temperature_unit=fahrenheit&wind_speed_unit=mph&precipitation_unit=inch" : "";
  const url = `${FC}?latitude=${g.lat}&longitude=${g.lon}&timezone=${encodeURIComponent(g.tz || "auto")}` +
    `&current=temperature_2m,apparent_temperature,relative_humidity_2m,weather_code,wind_speed_10m` +
    `&daily=weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max&forecast_days=${days}${u}`;
  const j = await getJson(url);
  cache.set("f:" + place.toLowerCase(), { t: Date.now(), j });
  return { place: g, j };
}

function render({ place, j }, units) {
  const T = units === "imperial" ? "°F" : "°C";
  const c = j.current;
  const lines = [`**${place.name}** - ${CODES[c.weather_code] || "code " + c.weather_code}, ${c.temperature_2m}${T} (feels ${c.apparent_temperature}${T}), humidity ${c.relative_humidity_2m}%, wind ${c.wind_speed_10m} ${units === "imperial" ? "mph" : "km/h"}`];
  const d = j.daily;
  for (let i = 0; i < d.time.length; i++) {
    lines.push(`- ${d.time[i]}: ${CODES[d.weather_code[i]] || d.weather_code[i]}, ${d.temperature_2m_min[i]}-${d.temperature_2m_max[i]}${T}, rain ${d.precipitation_probability_max[i]}%`);
  }
  return lines.join("\n");
}

module.exports = {
  id: "weather-now",
  name: "Weather Now",
  register(api) {
    const cfg = Object.assign({ units: "metric", prefetch: true }, api.pluginConfig || {});
    api.registerTool({
      name: "weather",
      description: "Current conditions and up to 7-day forecast for a place (city name).",
      parameters: {
        type: "object",
        properties: { place: { type: "string" }, days: { type: "integer", minimum: 1, maximum: 7 } },
      },
      async execute(_id, p) {
        const place = p.place || cfg.home;
        if (!place) return { content: [{ type: "text", text: "Which place? (or set plugins.entries.weather-now.config.home)" }] };
        const r = await forecast(place, cfg.units, p.days || 3);
        return { content: [{ type: "text", text: render(r, cfg.units) }] };
      },
    });
    let stop = () => {};
    api.registerService({
      id: "weather-prefetch",
      start() {
        if (!cfg.prefetch || !cfg.home) return;
        stop = schedule(() => forecast(cfg.home, cfg.units, 3).catch(() => {}), 3600 * 1000);
      },
      stop() { stop(); },
    });
  },
};
