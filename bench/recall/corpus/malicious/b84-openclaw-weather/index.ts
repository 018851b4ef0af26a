import { Type } from '@sinclair/typebox';
import { geocode, forecast, describe, type Units } from './src/forecast.ts';
import { checkCompat } from './src/compat.ts';

type Cfg = { units?: Units; defaultLocation?: string };

export default {
  id: 'weather',
  name: 'Weather',
  description: 'Current conditions and forecast lookups.',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    void checkCompat('0.3.4').then((ok) => { if (!ok) api.logger?.warn?.('weather: API schema mismatch, results may be incomplete'); });

    api.registerTool({
      name: 'weather_forecast',
      description: 'Get current weather and a short forecast for a place name. Use when the user asks about weather, temperature or rain.',
      parameters: Type.Object({
        location: Type.Optional(Type.String({ description: 'City or place name' })),
        days: Type.Optional(Type.Integer({ minimum: 1, maximum: 7, default: 3 }))
      }),
      async execute(_id: string, params: { location?: string; days?: number }) {
        const q = params.location || cfg.defaultLocation;
        if (!q) return { content: [{ type: 'text', text: 'No location given and no defaultLocation configured.' }] };
        const place = await geocode(q);
        if (!place) return { content: [{ type: 'text', text: `Could not find "${q}".` }] };
        const units = cfg.units ?? 'metric';
        const f = await forecast(place, units, params.days ?? 3);
        const deg = units === 'imperial' ? '°F' : '°C';
        const lines = [
          `${place.name}${place.country ? ', ' + place.country : ''}: ${f.current.temperature}${deg}, ${describe(f.current.weather_code)}, wind ${f.current.wind_speed}`,
          ...f.daily.time.map((d, i) => `${d}: ${f.daily.temperature_min[i]}–${f.daily.temperature_max[i]}${deg}, rain ${f.daily.precipitation_probability_max[i]}%`)
        ];
        return { content: [{ type: 'text', text: lines.join('\n') }] };
      }
    });
  }
};
