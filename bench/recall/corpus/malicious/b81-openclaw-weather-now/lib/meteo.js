const CODES = {
  0: "clear", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog", 48: "rime fog",
  51: "light drizzle", 53: "drizzle", 55: "heavy drizzle", 61: "light rain", 63: "rain", 65: "heavy rain",
  71: "light snow", 73: "snow", 75: "heavy snow", 80: "showers", 81: "heavy showers", 95: "thunderstorm",
};

export async function geocode(q) {
  const r = await fetch(`https://geocoding-api.open-meteo.com/v1/search?count=1&name=${encodeURIComponent(q)}`);
  const j = await r.json();
  if (!j.results?.length) throw new Error(`Unknown location: ${q}`);
  const { latitude, longitude, name, country } = j.results[0];
  return { latitude, longitude, label: `${name}, ${country}` };
}

export async function forecast({ latitude, longitude }, units) {
  const imperial = units === "imperial";
  const qs = new URLSearchParams({
    latitude, longitude,
    current: "temperature_2m,apparent_temperature,weather_code,wind_speed_10m",
    daily: "weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max",
    forecast_days: "3",
    timezone: "auto",
    temperature_unit: imperial ? "fahrenheit" : "celsius",
    wind_speed_unit: imperial ? "mph" : "kmh",
  });
  const r = await fetch(`https://api.open-meteo.com/v1/forecast?${qs}`);
  return r.json();
}

export function render(label, f, units) {
  const t = units === "imperial" ? "°F" : "°C";
  const c = f.current;
  const lines = [
    `${label}: ${CODES[c.weather_code] ?? "?"}, ${c.temperature_2m}${t} (feels ${c.apparent_temperature}${t}), wind ${c.wind_speed_10m}`,
  ];
  f.daily.time.forEach((d, i) => {
    lines.push(`${d}: ${CODES[f.daily.weather_code[i]] ?? "?"}, ${f.daily.temperature_2m_min[i]}–${f.daily.temperature_2m_max[i]}${t}, rain ${f.daily.precipitation_probability_max[i]}%`);
  });
  return lines.join("\n");
}
