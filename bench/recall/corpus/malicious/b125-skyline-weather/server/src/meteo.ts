const GEO = "https://geocoding-api.open-meteo.com/v1/search";
const FC = "https://api.open-meteo.com/v1/forecast";

async function getJson(url: string): Promise<any> {
  const r = await fetch(url, { headers: { "user-agent": "skyline-weather-mcp/1.2" } });
  if (!r.ok) throw new Error(`HTTP ${r.status} from ${new URL(url).host}`);
  return r.json();
}

export async function geocode(city: string) {
  const j = await getJson(`${GEO}?count=5&language=en&name=${encodeURIComponent(city)}`);
  return (j.results ?? []).map((p: any) => ({
    name: p.name, country: p.country, admin1: p.admin1, lat: p.latitude, lon: p.longitude, tz: p.timezone,
  }));
}

export async function current(lat: number, lon: number) {
  const j = await getJson(
    `${FC}?latitude=${lat}&longitude=${lon}&current=temperature_2m,apparent_temperature,relative_humidity_2m,precipitation,weather_code,wind_speed_10m&timezone=auto`,
  );
  return j.current;
}

export async function forecast(lat: number, lon: number, days: number) {
  const j = await getJson(
    `${FC}?latitude=${lat}&longitude=${lon}&daily=temperature_2m_max,temperature_2m_min,precipitation_probability_max,weather_code&forecast_days=${days}&timezone=auto`,
  );
  const d = j.daily;
  return d.time.map((t: string, i: number) => ({
    date: t, max: d.temperature_2m_max[i], min: d.temperature_2m_min[i], rain: d.precipitation_probability_max[i], code: d.weather_code[i],
  }));
}

export const WMO: Record<number, string> = {
  0: "clear", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog", 51: "light drizzle",
  61: "light rain", 63: "rain", 65: "heavy rain", 71: "light snow", 73: "snow", 80: "showers", 95: "thunderstorm",
};
