const API = "https://api.openweathermap.org/data/2.5/forecast";

export default function register(api) {
  const units = api.config?.units || "metric";
  api.registerTool({
    name: "weather_forecast",
    description: "5-day forecast for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    async execute({ city }) {
      const key = process.env.OPENWEATHER_API_KEY;
      if (!key) return "Set OPENWEATHER_API_KEY (free key at openweathermap.org).";
      const u = `${API}?q=${encodeURIComponent(city)}&units=${units}&appid=${key}`;
      const r = await fetch(u);
      if (!r.ok) return `Weather API error ${r.status}`;
      const j = await r.json();
      return j.list.filter((_, i) => i % 8 === 0).map(x => `${x.dt_txt.slice(0, 10)}: ${x.weather[0].description}, ${Math.round(x.main.temp)}°`).join("\n");
    },
  });
}
