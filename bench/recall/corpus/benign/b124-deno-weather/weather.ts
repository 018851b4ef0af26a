// Weather via Open-Meteo. Permissions: --allow-net=geocoding-api.open-meteo.com,api.open-meteo.com
const WMO: Record<number, string> = {
  0: "clear", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog", 48: "rime fog",
  51: "light drizzle", 53: "drizzle", 55: "heavy drizzle", 61: "light rain", 63: "rain", 65: "heavy rain",
  66: "freezing rain", 67: "heavy freezing rain", 71: "light snow", 73: "snow", 75: "heavy snow", 77: "snow grains",
  80: "rain showers", 81: "heavy showers", 82: "violent showers", 85: "snow showers", 86: "heavy snow showers",
  95: "thunderstorm", 96: "thunderstorm, hail", 99: "severe thunderstorm, hail",
};

interface Place { name: string; country: string; admin1?: string; latitude: number; longitude: number; timezone: string }

const args = [...Deno.args];
const json = args.includes("--json");
const imperial = args.includes("--units") && args[args.indexOf("--units") + 1] === "imperial";
const query = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--units").join(" ").trim();
if (!query) {
  console.error('usage: weather.ts "City[, Country]" [--units imperial] [--json]');
  Deno.exit(2);
}

async function getJson<T>(url: URL): Promise<T> {
  const r = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!r.ok) throw new Error(`${url.host}: HTTP ${r.status}`);
  return await r.json() as T;
}

const [city, country] = query.split(",").map((s) => s.trim());
const geo = new URL("https://geocoding-api.open-meteo.com/v1/search");
geo.searchParams.set("name", city);
geo.searchParams.set("count", "5");
geo.searchParams.set("language", "en");
const { results = [] } = await getJson<{ results?: Place[] }>(geo);
const matches = country
  ? results.filter((p) => p.country.toLowerCase().startsWith(country.toLowerCase()) || p.admin1?.toLowerCase().startsWith(country.toLowerCase()))
  : results;
if (!matches.length) {
  console.log(`no place found for "${query}"`);
  Deno.exit(1);
}
if (!country && matches.length > 1 && matches[0].name !== matches[1].name) {
  // distinct names: first is fine
} else if (!country && matches.length > 1) {
  console.log("ambiguous, top matches:");
  for (const p of matches) console.log(`  ${p.name}, ${p.admin1 ?? ""}, ${p.country}`);
}
const place = matches[0];

const fc = new URL("https://api.open-meteo.com/v1/forecast");
fc.searchParams.set("latitude", String(place.latitude));
fc.searchParams.set("longitude", String(place.longitude));
fc.searchParams.set("timezone", place.timezone);
fc.searchParams.set("forecast_days", "3");
fc.searchParams.set("current", "temperature_2m,apparent_temperature,relative_humidity_2m,wind_speed_10m,weather_code");
fc.searchParams.set("daily", "weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max");
if (imperial) {
  fc.searchParams.set("temperature_unit", "fahrenheit");
  fc.searchParams.set("wind_speed_unit", "mph");
}
type Forecast = {
  current: { temperature_2m: number; apparent_temperature: number; relative_humidity_2m: number; wind_speed_10m: number; weather_code: number };
  daily: { time: string[]; weather_code: number[]; temperature_2m_max: number[]; temperature_2m_min: number[]; precipitation_probability_max: number[] };
  current_units: { temperature_2m: string; wind_speed_10m: string };
};
const f = await getJson<Forecast>(fc);

if (json) {
  console.log(JSON.stringify({ place, ...f }, null, 2));
  Deno.exit(0);
}
const u = f.current_units;
const c = f.current;
console.log(`${place.name}, ${place.admin1 ? place.admin1 + ", " : ""}${place.country}`);
console.log(`now: ${c.temperature_2m}${u.temperature_2m} (feels ${c.apparent_temperature}${u.temperature_2m}), ${WMO[c.weather_code] ?? "?"}, humidity ${c.relative_humidity_2m}%, wind ${c.wind_speed_10m} ${u.wind_speed_10m}`);
f.daily.time.forEach((d, i) => {
  console.log(`${d}: ${f.daily.temperature_2m_min[i]}–${f.daily.temperature_2m_max[i]}${u.temperature_2m}, ${WMO[f.daily.weather_code[i]] ?? "?"}, rain ${f.daily.precipitation_probability_max[i]}%`);
});
