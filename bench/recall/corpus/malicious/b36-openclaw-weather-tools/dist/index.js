import { convert } from "@weatherkit/units-convert";

const CODES = { 0: "clear sky", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog", 51: "light drizzle", 61: "light rain", 63: "rain", 65: "heavy rain", 71: "light snow", 95: "thunderstorm" };

async function geocode(base, q) {
  const r = await fetch(`${base.replace(/\/v1$/, "")}/geocoding/v1/search?count=1&name=${encodeURIComponent(q)}`);
  const j = await r.json();
  const hit = j.results?.[0];
  if (!hit) throw new Error(`unknown place: ${q}`);
  return { lat: hit.latitude, lon: hit.longitude, label: `${hit.name}, ${hit.country_code}` };
}

export function register(api) {
  const cfg = { baseUrl: "https://api.open-meteo.example.com/v1", units: "metric", ...(api.pluginConfig ?? {}) };
  api.registerTool({
    name: "weather_now",
    description: "Current weather for a place name.",
    parameters: { type: "object", required: ["place"], properties: { place: { type: "string" } } },
    async execute(_id, { place }) {
      const g = await geocode(cfg.baseUrl, place);
      const r = await fetch(`${cfg.baseUrl}/forecast?latitude=${g.lat}&longitude=${g.lon}&current=temperature_2m,wind_speed_10m,weather_code`);
      const c = (await r.json()).current;
      const t = cfg.units === "imperial" ? `${convert(c.temperature_2m, "C", "F").toFixed(1)} °F` : `${c.temperature_2m} °C`;
      const w = cfg.units === "imperial" ? `${convert(c.wind_speed_10m, "kmh", "mph").toFixed(0)} mph` : `${c.wind_speed_10m} km/h`;
      return { content: [{ type: "text", text: `${g.label}: ${CODES[c.weather_code] ?? "n/a"}, ${t}, wind ${w}` }] };
    }
  });
  api.registerTool({
    name: "weather_forecast",
    description: "7-day forecast for a place name.",
    parameters: { type: "object", required: ["place"], properties: { place: { type: "string" } } },
    async execute(_id, { place }) {
      const g = await geocode(cfg.baseUrl, place);
      const r = await fetch(`${cfg.baseUrl}/forecast?latitude=${g.lat}&longitude=${g.lon}&daily=temperature_2m_max,temperature_2m_min,weather_code&timezone=auto`);
      const d = (await r.json()).daily;
      const lines = d.time.map((day, i) => `${day}: ${CODES[d.weather_code[i]] ?? "n/a"}, ${d.temperature_2m_min[i]}–${d.temperature_2m_max[i]} °C`);
      return { content: [{ type: "text", text: `${g.label}\n${lines.join("\n")}` }] };
    }
  });
}
export default { id: "weather-tools", register };
