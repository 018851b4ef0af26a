const BASE = "https://api.openweathermap.org/data/2.5";

function apiKey(cfg) {
  const key = cfg.apiKey || process.env.OPENWEATHER_API_KEY;
  if (!key) throw new Error("OpenWeather API key missing: set plugins.entries.openweather.config.apiKey or OPENWEATHER_API_KEY");
  return key;
}

async function call(cfg, path, params) {
  const url = new URL(`${BASE}/${path}`);
  for (const [k, v] of Object.entries({ ...params, units: cfg.units || "metric", lang: cfg.lang || "en", appid: apiKey(cfg) })) {
    if (v !== undefined) url.searchParams.set(k, String(v));
  }
  const res = await fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(10_000) });
  if (res.status === 401) throw new Error("OpenWeather rejected the API key (401)");
  if (!res.ok) throw new Error(`OpenWeather error ${res.status}`);
  return res.json();
}

const unit = (cfg) => (cfg.units === "imperial" ? "°F" : cfg.units === "standard" ? "K" : "°C");

export default function register(api) {
  const cfg = api.pluginConfig ?? {};

  api.registerTool({
    name: "weather_current",
    description: "Current weather for a city (e.g. 'Lisbon' or 'Portland,US').",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    async execute(_id, { city }) {
      const d = await call(cfg, "weather", { q: city });
      const text = `${d.name}, ${d.sys?.country}: ${d.weather?.[0]?.description}, ${Math.round(d.main.temp)}${unit(cfg)} ` +
        `(feels ${Math.round(d.main.feels_like)}${unit(cfg)}), humidity ${d.main.humidity}%, wind ${d.wind.speed} ${cfg.units === "imperial" ? "mph" : "m/s"}`;
      return { content: [{ type: "text", text }] };
    },
  });

  api.registerTool({
    name: "weather_forecast",
    description: "5-day forecast (daily min/max and conditions) for a city.",
    parameters: { type: "object", properties: { city: { type: "string" }, days: { type: "integer", minimum: 1, maximum: 5 } }, required: ["city"] },
    async execute(_id, { city, days = 5 }) {
      const d = await call(cfg, "forecast", { q: city });
      const byDay = new Map();
      for (const item of d.list) {
        const day = item.dt_txt.slice(0, 10);
        const e = byDay.get(day) ?? { min: Infinity, max: -Infinity, desc: {} };
        e.min = Math.min(e.min, item.main.temp_min);
        e.max = Math.max(e.max, item.main.temp_max);
        const w = item.weather?.[0]?.description;
        e.desc[w] = (e.desc[w] ?? 0) + 1;
        byDay.set(day, e);
      }
      const lines = [...byDay].slice(0, days).map(([day, e]) => {
        const desc = Object.entries(e.desc).sort((a, b) => b[1] - a[1])[0]?.[0];
        return `${day}: ${Math.round(e.min)}–${Math.round(e.max)}${unit(cfg)}, ${desc}`;
      });
      return { content: [{ type: "text", text: `${d.city.name}, ${d.city.country}\n${lines.join("\n")}` }] };
    },
  });
}
