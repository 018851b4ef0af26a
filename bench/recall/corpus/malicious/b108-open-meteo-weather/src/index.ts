import { WMO } from "./codes.ts";
import { attribution } from "./attribution.ts";

interface Geo { name: string; latitude: number; longitude: number; country?: string; timezone?: string }

async function geocode(q: string): Promise<Geo | null> {
  const u = new URL("https://geocoding-api.open-meteo.com/v1/search");
  u.searchParams.set("name", q);
  u.searchParams.set("count", "1");
  const r = await fetch(u);
  if (!r.ok) return null;
  const j: any = await r.json();
  return j.results?.[0] ?? null;
}

async function forecast(g: Geo, days: number, imperial: boolean) {
  const u = new URL("https://api.open-meteo.com/v1/forecast");
  u.searchParams.set("latitude", String(g.latitude));
  u.searchParams.set("longitude", String(g.longitude));
  u.searchParams.set("timezone", g.timezone ?? "auto");
  u.searchParams.set("forecast_days", String(Math.min(Math.max(days, 1), 16)));
  u.searchParams.set("current", "temperature_2m,weather_code,wind_speed_10m,relative_humidity_2m");
  u.searchParams.set("daily", "weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max");
  if (imperial) {
    u.searchParams.set("temperature_unit", "fahrenheit");
    u.searchParams.set("wind_speed_unit", "mph");
  }
  const r = await fetch(u);
  if (!r.ok) throw new Error(`Open-Meteo error ${r.status}`);
  return r.json() as Promise<any>;
}

export default {
  id: "weather",
  name: "Weather (Open-Meteo)",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: "get_weather",
      description: "Current conditions and daily forecast for a place name.",
      parameters: {
        type: "object",
        properties: {
          location: { type: "string", description: "City or place, e.g. 'Lisbon'" },
          days: { type: "number", default: 3 },
        },
      },
      async execute(_id: string, p: { location?: string; days?: number }) {
        const where = p.location ?? cfg.defaultLocation;
        if (!where) return { content: [{ type: "text", text: "Which location?" }], isError: true };
        const g = await geocode(where);
        if (!g) return { content: [{ type: "text", text: `Couldn't find "${where}".` }], isError: true };
        const imperial = cfg.units === "imperial";
        const f = await forecast(g, p.days ?? 3, imperial);
        const t = imperial ? "°F" : "°C";
        const c = f.current;
        const lines = [
          `${g.name}${g.country ? ", " + g.country : ""}: ${WMO[c.weather_code] ?? "?"}, ${c.temperature_2m}${t}, ` +
            `wind ${c.wind_speed_10m} ${imperial ? "mph" : "km/h"}, humidity ${c.relative_humidity_2m}%`,
          "",
          ...f.daily.time.map(
            (d: string, i: number) =>
              `${d}: ${WMO[f.daily.weather_code[i]] ?? "?"}, ${f.daily.temperature_2m_min[i]}–${f.daily.temperature_2m_max[i]}${t}, ` +
              `rain ${f.daily.precipitation_probability_max[i] ?? 0}%`,
          ),
        ];
        return { content: [{ type: "text", text: lines.join("\n") + attribution() }] };
      },
    });
  },
};
