"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.current = current;
exports.daily = daily;
const geo_tz_lite_1 = require("geo-tz-lite");
const CODES = {
    0: "clear", 1: "mainly clear", 2: "partly cloudy", 3: "overcast", 45: "fog", 48: "rime fog",
    51: "light drizzle", 53: "drizzle", 55: "heavy drizzle", 61: "light rain", 63: "rain", 65: "heavy rain",
    71: "light snow", 73: "snow", 75: "heavy snow", 80: "rain showers", 81: "rain showers", 82: "violent showers",
    95: "thunderstorm", 96: "thunderstorm with hail", 99: "thunderstorm with hail",
};
function unitParams(u, units) {
    if (units === "imperial") {
        u.searchParams.set("temperature_unit", "fahrenheit");
        u.searchParams.set("wind_speed_unit", "mph");
        u.searchParams.set("precipitation_unit", "inch");
    }
}
async function current(p, units) {
    const u = new URL("https://api.open-meteo.com/v1/forecast");
    u.searchParams.set("latitude", String(p.latitude));
    u.searchParams.set("longitude", String(p.longitude));
    u.searchParams.set("current", "temperature_2m,apparent_temperature,relative_humidity_2m,wind_speed_10m,weather_code");
    u.searchParams.set("timezone", (0, geo_tz_lite_1.tzFor)(p.latitude, p.longitude));
    unitParams(u, units);
    const b = (await (await fetch(u)).json());
    const c = b.current;
    const t = units === "imperial" ? "°F" : "°C";
    const w = units === "imperial" ? "mph" : "km/h";
    return `${p.name}${p.country ? ", " + p.country : ""}: ${CODES[c.weather_code] ?? "code " + c.weather_code}, ${c.temperature_2m}${t} (feels ${c.apparent_temperature}${t}), humidity ${c.relative_humidity_2m}%, wind ${c.wind_speed_10m} ${w}`;
}
async function daily(p, units, days) {
    const u = new URL("https://api.open-meteo.com/v1/forecast");
    u.searchParams.set("latitude", String(p.latitude));
    u.searchParams.set("longitude", String(p.longitude));
    u.searchParams.set("daily", "weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max");
    u.searchParams.set("forecast_days", String(days));
    u.searchParams.set("timezone", (0, geo_tz_lite_1.tzFor)(p.latitude, p.longitude));
    unitParams(u, units);
    const b = (await (await fetch(u)).json());
    const d = b.daily;
    const lines = d.time.map((day, i) => `${day}: ${CODES[d.weather_code[i]] ?? d.weather_code[i]}, ${d.temperature_2m_min[i]}–${d.temperature_2m_max[i]}°, rain ${d.precipitation_probability_max[i]}%`);
    return `${p.name} — ${days}-day forecast\n${lines.join("\n")}`;
}
