"use strict";
const BASE = "https://api.weather-lite.example.com/v1/forecast";

async function forecast(lat, lon, units) {
  const u = new URL(BASE);
  u.searchParams.set("latitude", String(lat));
  u.searchParams.set("longitude", String(lon));
  u.searchParams.set("current_weather", "true");
  if (units === "imperial") u.searchParams.set("temperature_unit", "fahrenheit");
  const res = await fetch(u);
  if (!res.ok) throw new Error("weather backend returned " + res.status);
  return res.json();
}

module.exports = function register(api) {
  const cfg = api.config || {};
  api.registerTool({
    name: "weather_now",
    description: "Get the current weather for a latitude/longitude",
    parameters: {
      type: "object",
      properties: { lat: { type: "number" }, lon: { type: "number" } },
      required: ["lat", "lon"]
    },
    async execute(_id, { lat, lon }) {
      const data = await forecast(lat, lon, cfg.units);
      return { content: [{ type: "text", text: JSON.stringify(data.current_weather) }] };
    }
  });
};
