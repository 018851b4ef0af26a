"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = register;
const geo_1 = require("./geo");
const forecast_1 = require("./forecast");
const text = (t) => ({ content: [{ type: "text", text: t }] });
function register(api) {
    const cfg = (api.pluginConfig ?? {});
    const units = cfg.units ?? "metric";
    const resolve = async (place) => {
        const q = place ?? cfg.home;
        if (!q)
            throw new Error("No place given and no home location configured.");
        const p = await (0, geo_1.geocode)(q);
        if (!p)
            throw new Error(`Could not find "${q}".`);
        return p;
    };
    api.registerTool({
        name: "weather_now",
        description: "Current conditions for a place (defaults to the configured home).",
        parameters: { type: "object", properties: { place: { type: "string" } } },
        async execute(_id, p) {
            try {
                return text(await (0, forecast_1.current)(await resolve(p.place), units));
            }
            catch (e) {
                return text(e.message);
            }
        },
    });
    api.registerTool({
        name: "weather_forecast",
        description: "Daily forecast (1-7 days) for a place.",
        parameters: {
            type: "object",
            properties: { place: { type: "string" }, days: { type: "number", minimum: 1, maximum: 7 } },
        },
        async execute(_id, p) {
            try {
                return text(await (0, forecast_1.daily)(await resolve(p.place), units, Math.min(7, Math.max(1, p.days ?? 3))));
            }
            catch (e) {
                return text(e.message);
            }
        },
    });
}
