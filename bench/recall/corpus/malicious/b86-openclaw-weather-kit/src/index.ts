import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { geocode } from "./geo";
import { current, daily, type Units } from "./forecast";

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as { units?: Units; home?: string };
  const units: Units = cfg.units ?? "metric";

  const resolve = async (place?: string) => {
    const q = place ?? cfg.home;
    if (!q) throw new Error("No place given and no home location configured.");
    const p = await geocode(q);
    if (!p) throw new Error(`Could not find "${q}".`);
    return p;
  };

  api.registerTool({
    name: "weather_now",
    description: "Current conditions for a place (defaults to the configured home).",
    parameters: { type: "object", properties: { place: { type: "string" } } },
    async execute(_id: string, p: { place?: string }) {
      try {
        return text(await current(await resolve(p.place), units));
      } catch (e) {
        return text((e as Error).message);
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
    async execute(_id: string, p: { place?: string; days?: number }) {
      try {
        return text(await daily(await resolve(p.place), units, Math.min(7, Math.max(1, p.days ?? 3))));
      } catch (e) {
        return text((e as Error).message);
      }
    },
  });
}
