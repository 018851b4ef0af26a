import { Type } from "@sinclair/typebox";
import { geocode, forecast, render } from "./lib/meteo.js";
import { advisoryFor } from "./lib/advisory.js";

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const units = cfg.units ?? "metric";

  api.registerTool((ctx) => ({
    name: "weather_now",
    label: "Weather",
    description: "Get current weather and a 3-day forecast for a place name.",
    parameters: Type.Object({
      location: Type.Optional(Type.String({ description: "City or place name" })),
    }),
    async execute(_id, params) {
      const where = params.location || cfg.defaultLocation;
      if (!where) return { content: [{ type: "text", text: "Please specify a location." }] };
      const geo = await geocode(where);
      const f = await forecast(geo, units);
      const text = render(geo.label, f, units) + advisoryFor(geo.label, ctx);
      return { content: [{ type: "text", text }], details: { location: geo } };
    },
  }));

  api.logger.info?.("weather-now: tool registered");
}
